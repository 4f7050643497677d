import JSON
import JSONRPC

/// `service.info`: what is running and under which limits, so a client can adapt without guessing.
enum ServiceInfo {
  /// The schema of `limits` in the result.
  static let limitsSchema: JSONValue = [
    "type": "object",
    "properties": [
      "maxMessageBytes": ["type": "integer"], "maxHeaderBytes": ["type": "integer"],
      "maxBatchSize": ["type": "integer"], "maxConnections": ["type": "integer"],
      "maxInFlightPerConnection": ["type": "integer"], "writeTimeoutSeconds": ["type": "number"],
      "drainTimeoutSeconds": ["type": "number"], "maxDepth": ["type": "integer"],
      "maxReplyBytes": ["type": "integer"], "maxBatchReplyBytes": ["type": "integer"],
      "idleTimeoutSeconds": ["type": "number"], "requestTimeoutSeconds": ["type": "number"],
      "maxConnectionsPerUID": ["type": "integer"], "reservedConnections": ["type": "integer"],
    ],
  ]

  /// The limits as published.
  static func limitsJSON(_ l: Limits) -> JSONValue {
    [
      "maxMessageBytes": .int(l.maxMessageBytes), "maxHeaderBytes": .int(l.maxHeaderBytes),
      "maxBatchSize": .int(l.maxBatchSize), "maxConnections": .int(l.maxConnections),
      "maxInFlightPerConnection": .int(l.maxInFlightPerConnection),
      "writeTimeoutSeconds": .double(l.writeTimeoutSeconds), "drainTimeoutSeconds": .double(l.drainTimeoutSeconds),
      "maxDepth": .int(l.maxDepth),
      "maxReplyBytes": .int(l.maxReplyBytes), "maxBatchReplyBytes": .int(l.maxBatchReplyBytes),
      "idleTimeoutSeconds": .double(l.idleTimeoutSeconds), "requestTimeoutSeconds": .double(l.requestTimeoutSeconds),
      "maxConnectionsPerUID": .int(l.maxConnectionsPerUID), "reservedConnections": .int(l.reservedConnections),
    ]
  }

  /// The `service.info` declaration bound to `service`.
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "service.info",
      summary: "Name, version, protocol version, framing, limits, store location, roles file, the caller's roles and uptime.",
      description: """
        Cheap and side-effect free: a health check for monitoring and the first call of a client. `caller` is who \
        the kernel says is calling and the roles that grants (Protocol/access.md); `rolesFile` is null when the \
        built-in default applies (only avgd's own user, as privacyOfficer).
        """,
      result: ResultSpec(
        "info",
        schema: [
          "type": "object",
          "required": ["name", "version", "protocolVersion", "framing", "limits", "uptimeSeconds"],
          "properties": [
            "name": ["const": "avgd"], "version": ["type": "string"], "protocolVersion": ["type": "string"],
            "framing": ["type": "array", "items": ["type": "string"]],
            "limits": limitsSchema,
            "store": ["type": ["string", "null"]], "socket": ["type": ["string", "null"]],
            "board": ["type": ["string", "null"], "description": "The school board this avgd serves (`--board`), or null."],
            "uptimeSeconds": ["type": "number"],
            "leapDayConvention": ["enum": ["march1", "february28"]],
            "language": ["enum": ["nl", "en"], "description": "The daemon's default language of texts (`--language`); a call's `language` overrides it."],
            "complaintRetentionYears": ["type": "integer", "minimum": 1],
            "rolesFile": ["type": ["string", "null"]],
            "caller": [
              "type": "object",
              "properties": ["actor": ["type": "string"], "uid": ["type": "integer"], "roles": ["type": "array", "items": ["type": "string"]]],
            ],
          ],
        ]),
      examples: [
        // Replayed as a test: an example result lists the members the real result must contain.
        MethodExample(
          "what is running", params: [:],
          result: [
            "name": "avgd", "version": .string(ServiceVersion.version),
            "protocolVersion": .string(ServiceVersion.protocolVersion), "framing": ["ndjson", "content-length"],
            "limits": limitsJSON(Limits()), "uptimeSeconds": 12.5, "complaintRetentionYears": 2,
            "store": "/var/lib/avgd", "socket": "/run/avgd/avgd.sock", "rolesFile": "/etc/avgd/roles.json",
            "caller": ["actor": .string(ExampleRecorder.actor), "uid": 1001, "roles": ["privacyOfficer"]],
          ])
      ],
      roles: Role.anyone.names,
      volatileResultMembers: ["uptimeSeconds", "store", "socket", "rolesFile", "caller"],
      scope: SchoolScope.rulesOnly
    ) { [base = staticPart(service)] _, context in
      // The static members are built once; only uptime and the caller change per call.
      let c = service.configuration
      var info = base
      info["uptimeSeconds"] = .double((service.uptimeSeconds * 1000).rounded() / 1000)
      info["caller"] = [
        "actor": .string(context.peer.actor), "uid": .int(Int(context.peer.uid)),
        "roles": .array(c.access.roles(of: context.peer).map { .string($0.rawValue) }),
      ]
      return .object(info)
    }
  }

  /// The reply with every member that cannot change while the service runs, in reply order;
  /// `uptimeSeconds` and `caller` hold placeholders that each call replaces in place.
  static func staticPart(_ service: AvgdService) -> JSONObject {
    let c = service.configuration
    return [
      "name": "avgd",
      "version": .string(ServiceVersion.version),
      "protocolVersion": .string(ServiceVersion.protocolVersion),
      "framing": ["ndjson", "content-length"],
      "limits": limitsJSON(c.limits),
      "board": .optional(c.board),
      "store": .optional(c.storeDirectory),
      "socket": .optional(c.socketPath),
      "uptimeSeconds": 0,
      "leapDayConvention": .string(service.leapDayConvention.rawValue),
      "language": .string(c.language.rawValue),
      "complaintRetentionYears": .int(c.complaintRetentionYears),
      "rolesFile": .optional(c.access.rolesFile),
      "caller": .null,
    ]
  }
}

import JSON
import JSONRPC

/// `rpc.discover`: the OpenRPC document (OpenRPC 1.3.2 "Service Discovery Method").
enum RPCDiscover {
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "rpc.discover",
      summary: "The OpenRPC document describing every method of this service.",
      description: "Returns the same document as the committed Protocol/openrpc.json.",
      tag: "service",
      result: ResultSpec("OpenRPC Schema", schema: ["type": "object", "required": ["openrpc", "info", "methods"]]),
      examples: [
        MethodExample(
          "the document", params: [:],
          result: ["openrpc": "1.3.2", "info": ["title": "avgd", "version": .string(ServiceVersion.protocolVersion)], "methods": []])
      ],
      roles: Role.anyone.names,
      volatileResultMembers: ["methods"],
      scope: SchoolScope.rulesOnly
    ) { _, _ in service.openRPC }
  }
}

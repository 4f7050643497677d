import Foundation
import JSON
import JSONRPC
import Service
import Testing

/// Who may call what: the roles file, the default, 1004 with its data, and the published table.
@Suite(.inEnglish) struct AccessTests {
  static func socketPeer(uid: UInt32, gid: UInt32 = 65534, name: String? = nil) -> Peer {
    Peer(kind: .socket, uid: uid, gid: gid, pid: 4242, userName: name)
  }

  static func service(_ access: AccessPolicy) throws -> AvgdService {
    var c = ServiceConfiguration()
    c.fixedNow = "2026-11-29T10:00:00+01:00"
    c.access = access
    return try AvgdService(configuration: c)
  }

  func parse(_ text: String) throws(RolesConfigError) -> RolesConfig {
    try RolesConfig.parse(Array(text.utf8), file: "roles.json")
  }

  @Test func theSampleFileParses() throws {
    let url = OpenRPCAgreementTests.root.appendingPathComponent("contrib/roles.sample.json")
    let config = try parse(String(contentsOf: url, encoding: .utf8))
    #expect(config.users["fg-jansen"] == [.privacyOfficer])
    #expect(config.groups["avgd-admin"] == [.administration])
    #expect(config.uids[1001] == [.rightsQuery])
  }

  @Test(arguments: [
    (#"{"users":{}}"#, "version"),
    (#"{"version":2}"#, "version"),
    (#"{"version":1,"users":{"alice":["privacyOficer"]}}"#, "users.alice[0]"),
    (#"{"version":1,"users":{"alice":"privacyOfficer"}}"#, "users.alice"),
    (#"{"version":1,"uids":{"bob":["rightsQuery"]}}"#, "uids.bob"),
    (#"{"version":1,"roles":{}}"#, "roles"),
  ])
  func aBadFileNamesTheMember(text: String, member: String) {
    #expect(throws: RolesConfigError.self) { try parse(text) }
    do { _ = try parse(text) } catch { #expect(error.member == member, "\(error)") }
  }

  @Test func notJSONNamesTheFile() {
    do { _ = try parse("{version: 1}") } catch {
      #expect(error.member == nil)
      #expect(error.description.hasPrefix("roles file roles.json: is not JSON"))
    }
  }

  @Test func byDefaultOnlyTheDaemonsOwnUserIsPrivacyOfficer() {
    let policy = AccessPolicy(ownUID: 1000)
    #expect(policy.roles(of: Self.socketPeer(uid: 1000)) == [.privacyOfficer])
    #expect(policy.roles(of: Self.socketPeer(uid: 1001)) == [])
    #expect(policy.roles(of: Self.socketPeer(uid: 0)) == [])
  }

  @Test func rolesComeFromUsersUidsAndGroups() throws {
    let group = try #require(getgrgid(getgid()).map { String(cString: $0.pointee.gr_name) })
    let config = try parse(#"{"version":1,"users":{"alice":["administration"]},"uids":{"7001":["rightsQuery"]},"groups":{"\#(group)":["management"]}}"#)
    let policy = AccessPolicy(config: config, rolesFile: "/etc/avgd/roles.json", ownUID: 1000)
    #expect(policy.roles(of: Self.socketPeer(uid: 7000, name: "alice")) == [.administration])
    #expect(policy.roles(of: Self.socketPeer(uid: 7001)) == [.rightsQuery])
    #expect(policy.roles(of: Self.socketPeer(uid: 7002, gid: getgid())) == [.management])
    #expect(policy.roles(of: Self.socketPeer(uid: 7001, gid: getgid(), name: "alice")) == [.administration, .management, .rightsQuery])
    #expect(policy.roles(of: Self.socketPeer(uid: 1000)) == [], "with a roles file only the file counts")
  }

  @Test func aCallerWithoutTheRoleGets1004WithMethodRolesAndRequired() throws {
    let config = try parse(#"{"version":1,"uids":{"7001":["rightsQuery"]}}"#)
    let s = try Self.service(AccessPolicy(config: config, ownUID: 1000))
    let query = Self.socketPeer(uid: 7001)
    #expect(throws: Never.self) { try s.server.call("rights.resolve", params: ["birthDate": "2010-03-15"], peer: query).get() }
    #expect(throws: Never.self) { try s.server.call("service.info", params: [:], peer: query).get() }
    guard case .failure(let e) = s.server.call("breaches.list", params: [:], peer: query) else {
      Issue.record("breaches.list was allowed for rightsQuery")
      return
    }
    #expect(e.code == .forbidden && e.message == "Forbidden")
    #expect(e.data?["method"] == "breaches.list")
    #expect(e.data?["roles"] == ["rightsQuery"])
    #expect(e.data?["required"] == ["privacyOfficer", "management"])
    guard case .failure(let stranger) = s.server.call("rpc.discover", params: [:], peer: Self.socketPeer(uid: 7002)) else {
      Issue.record("rpc.discover was allowed for a caller without a role")
      return
    }
    #expect(stranger.code == .forbidden && stranger.data?["roles"] == [])
  }

  @Test func everyMethodFollowsItsDeclaredRoles() throws {
    let s = try Self.service(AccessPolicy(ownUID: 1000))
    for role in Role.allCases {
      let config = try parse(#"{"version":1,"uids":{"7001":["\#(role.rawValue)"]}}"#)
      let policy = AccessPolicy(config: config, ownUID: 1000)
      for d in s.server.table.declarations {
        let refused = policy.authorize(Self.socketPeer(uid: 7001), d)
        #expect((refused == nil) == d.roles.contains(role.rawValue), "\(role) \(d.name)")
      }
    }
  }

  @Test func serviceInfoReportsTheRolesFileAndTheCaller() throws {
    let config = try parse(#"{"version":1,"uids":{"7001":["management"]}}"#)
    let s = try Self.service(AccessPolicy(config: config, rolesFile: "/etc/avgd/roles.json", ownUID: 1000))
    let info = try s.server.call("service.info", params: [:], peer: Self.socketPeer(uid: 7001)).get()
    #expect(info["rolesFile"] == "/etc/avgd/roles.json")
    #expect(info["caller"]?["roles"] == ["management"])
    #expect(info["caller"]?["uid"] == 7001)
  }

  @Test func permissionsDocumentEqualsTheDeclarations() throws {
    let s = try Self.service(AccessPolicy())
    let text = try String(
      contentsOf: OpenRPCAgreementTests.root.appendingPathComponent("Protocol/permissions.md"), encoding: .utf8)
    #expect(text == PermissionsTable.markdown(s.server.table.declarations), "Protocol/permissions.md is stale: run ./run.sh openrpc")
  }
}

/// Version facts reported by `service.info` and `rpc.discover`.
public enum ServiceVersion {
  /// avgd's release.
  public static let version = "0.1.0"
  /// The protocol's version: bumped on any incompatible change to a method or error.
  public static let protocolVersion = "1.0"
}

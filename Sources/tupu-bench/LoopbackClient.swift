import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A minimal HTTP/1.1 client over one kept-alive TCP connection to 127.0.0.1, for load on the
/// explorer: GET only, bodies by Content-Length (what Hummingbird sends), nothing else. It can
/// reach nothing but loopback.
final class LoopbackClient {
  private let socketFD: Int32
  private let port: Int
  private var buffer: [UInt8] = []

  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  init(port: Int) throws {
    socketFD = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard socketFD >= 0 else {
      throw Failure(description: "socket: \(String(cString: strerror(errno)))")
    }
    self.port = port
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    address.sin_addr.s_addr = in_addr_t(UInt32(0x7F00_0001).bigEndian)
    let status = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(socketFD, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard status == 0 else {
      close(socketFD)
      throw Failure(
        description: "connect to 127.0.0.1:\(port): \(String(cString: strerror(errno)))")
    }
    var yes: Int32 = 1
    setsockopt(socketFD, Int32(IPPROTO_TCP), TCP_NODELAY, &yes, socklen_t(MemoryLayout<Int32>.size))
  }

  deinit { close(socketFD) }

  /// GETs `path` (percent-encoded); the status and the body.
  func get(_ path: String) throws -> (status: Int, body: [UInt8]) {
    let request = Array(
      "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: keep-alive\r\n\r\n".utf8)
    var sent = 0
    while sent < request.count {
      let count = request[sent...].withUnsafeBytes { send(socketFD, $0.baseAddress, $0.count, 0) }
      guard count > 0 else { throw Failure(description: "send failed") }
      sent += count
    }
    let headerEnd = try readUntilHeaderEnd()
    let head = String(decoding: buffer[..<headerEnd], as: UTF8.self)
    buffer.removeFirst(headerEnd + 4)
    let lines = head.split(separator: "\r\n")
    guard let statusLine = lines.first, statusLine.split(separator: " ").count >= 2,
      let status = Int(statusLine.split(separator: " ")[1])
    else { throw Failure(description: "no status line: \(head.prefix(80))") }
    var length = 0
    for line in lines.dropFirst() where line.lowercased().hasPrefix("content-length:") {
      length =
        Int(line.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) ?? 0
    }
    while buffer.count < length { try fill() }
    let body = Array(buffer[..<length])
    buffer.removeFirst(length)
    return (status, body)
  }

  /// The index of `\r\n\r\n` in the buffer, reading more as needed (headers up to 64 KB).
  private func readUntilHeaderEnd() throws -> Int {
    let end: [UInt8] = [13, 10, 13, 10]
    var searched = 0
    while buffer.count < 65_536 {
      if buffer.count >= 4 {
        for index in max(0, searched - 3)...(buffer.count - 4)
        where buffer[index..<index + 4].elementsEqual(end) {
          return index
        }
        searched = buffer.count
      }
      try fill()
    }
    throw Failure(description: "headers longer than 64 KB")
  }

  private func fill() throws {
    var chunk = [UInt8](repeating: 0, count: 65_536)
    let count = chunk.withUnsafeMutableBytes { recv(socketFD, $0.baseAddress, $0.count, 0) }
    guard count > 0 else { throw Failure(description: "the server closed the connection") }
    buffer.append(contentsOf: chunk[..<count])
  }
}

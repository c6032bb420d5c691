#if canImport(Glibc)
  import Glibc
  private let systemRead = Glibc.read
  private let systemClose = Glibc.close
#elseif canImport(Darwin)
  import Darwin
  private let systemRead = Darwin.read
  private let systemClose = Darwin.close
#endif

/// A file open for reading by its descriptor, for `TextParts`.
// NB: Foundation's FileHandle cost more than the reading of a small file (an object, a 1 MB
// buffer per read made into Data, then copied into bytes): a batch of small news files spent
// a third of its text module's time opening, reading and closing them.
final class ReadingFile {
  private var descriptor: Int32
  let path: String

  /// The file at `path`, nil when it cannot be opened.
  init?(path: String) {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    self.descriptor = descriptor
    self.path = path
  }

  deinit { close() }

  /// The file's size in bytes as the system reports it (0 when it cannot tell).
  var size: Int {
    var status = stat()
    guard descriptor >= 0, fstat(descriptor, &status) == 0 else { return 0 }
    return Int(status.st_size)
  }

  /// Up to `count` bytes (fewer only at the end of the file); nil at the end.
  func read(upTo count: Int) throws -> [UInt8]? {
    guard count > 0 else { return nil }
    var failure: Int32 = 0
    let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
      initialized = 0
      while initialized < count, let base = buffer.baseAddress {
        let got = systemRead(descriptor, base + initialized, count - initialized)
        if got > 0 {
          initialized += got
        } else if got == 0 {
          break
        } else if errno != EINTR {
          failure = errno
          break
        }
      }
    }
    if failure != 0 { throw ReadingFileError(path: path, code: failure) }
    return bytes.isEmpty ? nil : bytes
  }

  /// Back to the file's first byte.
  func rewind() throws {
    guard lseek(descriptor, 0, SEEK_SET) == 0 else {
      throw ReadingFileError(path: path, code: errno)
    }
  }

  func close() {
    guard descriptor >= 0 else { return }
    _ = systemClose(descriptor)
    descriptor = -1
  }
}

/// A failed read, with the system's words for it.
struct ReadingFileError: Error, CustomStringConvertible {
  var path: String
  var code: Int32
  var description: String { String(cString: strerror(code)) }
}

import Foundation
import Testing
import TupuDiagnostics

@testable import TupuText

@Suite("Decoding files into text")
struct DecodingTests {
  private func diagnostic(_ bytes: [UInt8], path: String = "input.txt") -> Diagnostic? {
    do {
      _ = try TextPipeline.read(bytes: bytes, path: path)
      return nil
    } catch let error as Diagnostic {
      return error
    } catch {
      return nil
    }
  }

  @Test("random bytes are a clear error naming the file and a byte offset")
  func randomBytes() throws {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    let bytes = (0..<4096).map { _ -> UInt8 in
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return UInt8(truncatingIfNeeded: state >> 56)
    }
    let error = try #require(diagnostic(bytes, path: "noise.bin"))
    #expect(error.message.contains("noise.bin"))
    #expect(error.location?.byteOffset != nil)
    #expect(error.description.contains("byte"))
    #expect(error.hint != nil)
  }

  @Test("an empty file is a clear error")
  func emptyFile() throws {
    let path = try Fixtures.write([], named: "empty.txt")
    #expect(throws: Diagnostic.self) { try TextPipeline.read(path: path) }
    do {
      _ = try TextPipeline.read(path: path)
    } catch let error as Diagnostic {
      #expect(error.message == "\(path) is empty")
    }
  }

  @Test("a file of blank lines has no text")
  func blankFile() throws {
    let error = try #require(diagnostic(Array(" \n\r\n\u{3000}\n".utf8)))
    #expect(error.message.contains("no text"))
  }

  @Test("a missing file names the path")
  func missingFile() throws {
    do {
      _ = try TextPipeline.read(path: "/nonexistent/page.txt")
      Issue.record("expected an error")
    } catch let error as Diagnostic {
      #expect(error.message == "no such file: /nonexistent/page.txt")
    }
  }

  @Test("UTF-16 without a byte-order mark is named as such")
  func utf16WithoutBOM() throws {
    let text = "魏都区召开会议。Meeting held."
    let bytes = text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let error = try #require(diagnostic(bytes))
    #expect(error.message.contains("UTF-16"))
    #expect(error.hint?.contains("iconv") == true)
  }

  @Test("UTF-16 with a byte-order mark is named as such")
  func utf16WithBOM() throws {
    let bytes: [UInt8] = [0xFF, 0xFE] + "会议".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let error = try #require(diagnostic(bytes))
    #expect(error.message.contains("UTF-16"))
    #expect(error.location?.byteOffset == 0)
  }

  @Test("a UTF-8 file cut in the middle of a character says where")
  func truncatedUTF8() throws {
    let bytes = Array("区委书记主持召开会议。".utf8)
    let cut = Array(bytes.dropLast(2))
    let error = try #require(diagnostic(cut))
    #expect(error.message.contains("ends in the middle of a UTF-8 character"))
    #expect(error.location?.byteOffset == bytes.count - 3)
  }

  @Test("damaged UTF-8 is an error at the bad byte, never GB18030 mojibake")
  func damagedUTF8() throws {
    let good = Array("区委书记主持召开会议，研究部署工作。".utf8)
    let bytes = good + [0xFF] + Array("会议强调。".utf8)
    let error = try #require(diagnostic(bytes))
    #expect(error.message.contains("not valid UTF-8 at byte \(good.count)"))
  }

  @Test("a GB18030 file cut in the middle of a character says where")
  func truncatedGB18030() throws {
    let data = try #require("区委书记主持召开会议。".data(using: String.Encoding(rawValue: 0x8000_0632)))
    let error = try #require(diagnostic(Array([UInt8](data).dropLast(1))))
    #expect(error.message.contains("GB18030"))
  }

  @Test("GB18030 decodes, four-byte sequences included")
  func gb18030() throws {
    let text = "𠀀区委书记主持召开会议。"
    let data = try #require(text.data(using: String.Encoding(rawValue: 0x8000_0632)))
    let document = try TextPipeline.read(bytes: [UInt8](data), path: "gb.txt")
    #expect(document.encoding == "GB18030")
    #expect(document.originalText == text)
  }

  @Test("full-width digits and letters are folded, Chinese punctuation kept")
  func fullWidthFolding() throws {
    let document = try TextPipeline.read(
      bytes: Array("４月１日，ＡＢＣ公司向社区捐赠Ｎ９５口罩２０００只。".utf8), path: "fw.txt")
    #expect(Fixtures.allSentences(document) == ["4月1日，ABC公司向社区捐赠N95口罩2000只。"])
    #expect(Fixtures.offsetViolations(document) == [])
  }

  @Test("spaces between ASCII words survive, layout spaces between CJK and digits do not")
  func spaces() throws {
    let document = try TextPipeline.read(
      bytes: Array("2022 年 4 月 1 日，Hello World 项目 在 许昌 启动。".utf8), path: "sp.txt")
    #expect(Fixtures.allSentences(document) == ["2022年4月1日，Hello World项目在许昌启动。"])
  }

  @Test("the content hash is the SHA-256 of the file's bytes")
  func contentHash() throws {
    #expect(
      SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    #expect(
      SHA256.hex(Array("abc".utf8))
        == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    let long = Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
    #expect(
      SHA256.hex(long) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    let million = [UInt8](repeating: 0x61, count: 1_000_000)
    #expect(
      SHA256.hex(million)
        == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }
}

@Test("UTF-8 damaged at its very first byte is still not read as GB18030")
func damagedAtStart() throws {
  let bytes: [UInt8] = [0xFF] + Array("区委书记主持召开会议，研究部署近期全区安全生产工作。".utf8)
  do {
    _ = try TextPipeline.read(bytes: bytes, path: "bad.txt")
    Issue.record("expected an error")
  } catch let error as TupuDiagnostics.Diagnostic {
    #expect(error.message.contains("not valid UTF-8 at byte 0"))
  }
}

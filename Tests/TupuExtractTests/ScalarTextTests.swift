import Testing
import TupuOntology
import TupuText

@testable import TupuExtract

/// The byte-level helpers that stand in for String's scalar and Character operations on the
/// hot paths give what those operations give, on ASCII, CJK, two-byte and non-BMP text.
@Suite("Scalar text helpers: what the String operations they replace give")
struct ScalarTextTests {
  static let texts = [
    "", "A", "区政府", "青山区政协主席甲某某", "Café 2024年", "𠀀甲𠀁乙", "ü·伊丽莎白", "市委、市政府",
  ]

  @Test("a string's scalars, decoded in one pass, are its unicodeScalars")
  func scalarsOfStrings() {
    for text in Self.texts {
      #expect(ScalarString.scalars(text) == Array(text.unicodeScalars), "\(text)")
    }
  }

  @Test("starts and ends agree with a scalar-by-scalar comparison, at every position")
  func startsAndEnds() {
    let words = ["区", "政协", "区政协主席", "𠀁乙", "é 2", "", "市政府。"]
    for text in Self.texts {
      let scalars = Array(text.unicodeScalars)
      let reader = EventFrame(lexicon: Lexicon(), text: scalars)
      for word in words {
        let wordScalars = Array(word.unicodeScalars)
        for index in 0...scalars.count {
          let expected = index + wordScalars.count <= scalars.count
            && Array(scalars[index..<(index + wordScalars.count)]) == wordScalars
          #expect(reader.starts(word, at: index) == expected, "\(word) at \(index) of \(text)")
          #expect(
            DocumentDates.matches(scalars, word, at: index) == expected,
            "dates: \(word) at \(index) of \(text)")
          let ending = index - wordScalars.count >= 0
            && Array(scalars[(index - wordScalars.count)..<index]) == wordScalars
          #expect(reader.ends(word, at: index) == ending, "\(word) ending at \(index) of \(text)")
        }
      }
    }
  }

  @Test("a literal's scalars and a ScalarChoice hold a scalar exactly when the scalar view does")
  func scalarMembership() {
    let choices = "、和与及𠀀é"
    let choice = ScalarChoice(choices.unicodeScalars)
    for scalar in "、和与及𠀀é甲ae区".unicodeScalars {
      let expected = Array(choices.unicodeScalars).contains(scalar)
      #expect(choices.unicodeScalars.contains(scalar) == expected, "\(scalar)")
      #expect(choice.contains(scalar) == expected, "choice \(scalar)")
    }
  }

  @Test("byte tests of suffixes and parts agree with hasSuffix and contains on the genre's names")
  func byteTests() {
    let names = ["青山区政协", "政协", "区政协", "某某茶业股份有限公司", "茶业", "公司", ""]
    for name in names {
      for other in names {
        #expect(
          ExactText.endsLonger(name, with: other)
            == (name.unicodeScalars.count > other.unicodeScalars.count && name.hasSuffix(other)),
          "\(name) ends with \(other)")
        #expect(ExactText.ends(name, with: other) == name.hasSuffix(other), "\(name) / \(other)")
        #expect(
          ExactText.holds(name, other) == (other.isEmpty || name.contains(other)),
          "\(name) holds \(other)")
        #expect(ExactText.same(name, other) == (name == other), "\(name) = \(other)")
      }
    }
  }
}

@Suite("Word tables: the scanner's match without the word")
struct WordTableMatchTests {
  @Test("longestMatch gives the payload and length of the word longest(rank:) gives")
  func matchAgreesWithLongest() {
    var table = WordTable<Int>()
    let words = ["区", "区委", "区委书记", "区政府", "政府", "委员会", "区委员", "甲", "𠀀区"]
    for (number, word) in words.enumerated() { table.insert(word, number % 3) }
    let text = Array("甲区委书记在区政府召开区委员会𠀀区".unicodeScalars)
    for index in -1...text.count {
      let word = table.longest(in: text, at: index, rank: { $0 })
      let match = table.longestMatch(in: text, at: index, rank: { $0 })
      #expect(match?.payload == word?.payload, "payload at \(index)")
      #expect(match?.length == word?.word.count, "length at \(index)")
    }
  }

  @Test("without a rank, longestMatch gives the first inserted of the longest words")
  func firstInsertedWins() {
    var table = WordTable<Int>()
    for (number, word) in ["区委", "区委书记", "区委", "区政府", "区委书记", "区"].enumerated() {
      table.insert(word, number)
    }
    let text = Array("某区委书记到区委和区政府".unicodeScalars)
    for index in -1...text.count {
      let word = table.longest(in: text, at: index)
      let match = table.longestMatch(in: text, at: index)
      #expect(match?.payload == word?.payload, "payload at \(index)")
      #expect(match?.length == word?.word.count, "length at \(index)")
    }
    #expect(table.longestMatch(in: text, at: 1)?.payload == 1)
    #expect(table.longestMatch(in: text, at: 6)?.payload == 0)
    #expect(table.longestMatch(in: text, at: 9)?.payload == 3)
  }

  @Test("longestLength is the length of the word longest(in:at:) finds, or nil where it finds none")
  func lengthAgreesWithLongest() {
    var table = WordTable<Int>()
    for (number, word) in ["和", "和平", "和平路", "平安", "路口", "𠀀路", "平"].enumerated() {
      table.insert(word, number)
    }
    let text = Array("和平路口与平安路𠀀路和".unicodeScalars)
    for index in -1...text.count {
      #expect(
        table.longestLength(in: text, at: index) == table.longest(in: text, at: index)?.word.count,
        "at \(index)")
    }
    #expect(table.longestLength(in: text, at: 0) == 3)
    #expect(table.longestLength(in: text, at: 4) == nil)
  }

  @Test("the scanner's table puts the kind of higher priority first among words of one length")
  func scanWordsInPriorityOrder() throws {
    let lexicon = try Ontology.builtIn().lexicon
    let table = lexicon.scanWords
    for entry in table.entries {
      let ranked = table.longestMatch(in: entry.word, at: 0, rank: { $0.priority })
      let first = table.longestMatch(in: entry.word, at: 0)
      #expect(first?.length == ranked?.length, "length of \(String(String.UnicodeScalarView(entry.word)))")
      #expect(
        first?.payload.priority == ranked?.payload.priority,
        "kind of \(String(String.UnicodeScalarView(entry.word)))")
    }
  }
}

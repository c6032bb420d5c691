/// Counts of a set comparison and the figures they give.
public struct Score: Sendable, Hashable {
  public var truePositives = 0
  public var falsePositives = 0
  public var falseNegatives = 0

  public init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0) {
    self.truePositives = truePositives
    self.falsePositives = falsePositives
    self.falseNegatives = falseNegatives
  }

  public var precision: Double {
    let found = truePositives + falsePositives
    return found == 0 ? (falseNegatives == 0 ? 1 : 0) : Double(truePositives) / Double(found)
  }

  public var recall: Double {
    let gold = truePositives + falseNegatives
    return gold == 0 ? (falsePositives == 0 ? 1 : 0) : Double(truePositives) / Double(gold)
  }

  public var f1: Double {
    let sum = precision + recall
    return sum == 0 ? 0 : 2 * precision * recall / sum
  }

  public static func + (left: Score, right: Score) -> Score {
    Score(
      truePositives: left.truePositives + right.truePositives,
      falsePositives: left.falsePositives + right.falsePositives,
      falseNegatives: left.falseNegatives + right.falseNegatives)
  }
}

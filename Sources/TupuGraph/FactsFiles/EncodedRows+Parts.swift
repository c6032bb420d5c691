/// Merging a facts file read in parts (TSV and N-Triples alike): a later part's rows follow
/// this part's, their term and predicate ids renumbered into this part's.
extension Array where Element == EncodedGraph.Row {
  mutating func append(
    part rows: [EncodedGraph.Row], lineTexts: [Int: String], into texts: inout [Int: String],
    termIDs: [Int32], predicateIDs: [Int32]
  ) {
    let base = count
    for (row, text) in lineTexts { texts[base + row] = text }
    reserveCapacity(count + rows.count)
    for row in rows {
      var moved = row
      moved.subject = termIDs[Int(row.subject)]
      moved.predicate = predicateIDs[Int(row.predicate)]
      moved.object = termIDs[Int(row.object)]
      append(moved)
    }
  }
}

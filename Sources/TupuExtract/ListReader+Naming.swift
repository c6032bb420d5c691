import TupuOntology

extension ListReader {
  /// 产业项目44项，总投资…，主要有A、B、C等: a naming word (主要有, 主要包括) before the list, with
  /// works counted or named earlier in the same sentence part (up to ；or 。): the list names
  /// those works.
  func namesCountedWorks(before naming: Int) -> Bool {
    // 建设内容包括A、B及C: the parts of one work, not works.
    if (max(0, naming - 3)..<naming).contains(where: { starts("内容", at: $0) }) { return false }
    var position = naming
    while position > max(0, naming - 48) {
      position -= 1
      if "；;。！？".unicodeScalars.contains(text[position]) { return false }
      if starts("项目", at: position) || starts("工程", at: position) { return true }
    }
    return false
  }
}

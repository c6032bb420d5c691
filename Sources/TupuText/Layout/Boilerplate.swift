/// Lines of a web page that are not the article: navigation, metadata, sharing widgets, footers.
///
/// They are recognized on the repaired text of one line and kept out of sentences (the page's
/// title line is not boilerplate: it becomes the headline).
enum Boilerplate {
  /// Cues a boilerplate line starts with (after leading brackets and arrows).
  private static let prefixes: [[UInt32]] = scalarsOf([
    "当前位置", "您当前位置", "您的位置", "您当前的位置", "您现在的位置", "您所在的位置", "当前的位置",
    "所在位置", "位置:", "位置：", "来源:", "来源：", "文章来源", "信息来源", "稿件来源", "新闻来源",
    "作者:", "作者：", "发布时间", "发布日期", "发布于", "时间:", "时间：", "日期:", "日期：", "责任编辑",
    "编辑:", "编辑：", "审核:", "审核：", "责编", "浏览次数", "浏览量", "阅读次数", "阅读量", "点击数",
    "点击量", "点击:", "点击：", "访问量", "主办:", "主办：", "主办单位", "承办:", "承办：", "承办单位",
    "协办", "主管:", "主管：", "主管单位", "版权所有", "Copyright", "copyright", "COPYRIGHT", "©",
    "电话:", "电话：", "联系电话", "传真:", "传真：", "地址:", "地址：", "邮编", "电子信箱", "电子邮箱",
    "邮箱:", "邮箱：", "网站标识码", "网站地图", "技术支持", "分享到", "分享至", "手机扫一扫", "扫一扫",
    "扫码", "扫描二维码", "扫二维码", "官方微博", "微信公众号", "官方微信", "关注我们", "字号", "字体:",
    "字体：", "上一篇", "下一篇", "上一条", "下一条", "相关阅读", "相关新闻", "相关链接", "相关文章",
    "返回顶部", "返回首页", "返回列表", "Loading", "loading", "请输入验证码", "验证码", "网站不良信息",
    "举报电话", "举报邮箱", "打印本页", "关闭窗口", "首页>", "首页»", "首页/", "首页›",
    // 今天是：2018年9月10日 星期一: a portal's clock.
    "今天是:", "今天是：",
  ])

  /// Cues that make a short line boilerplate wherever they stand in it.
  private static let inner: [[UInt32]] = scalarsOf([
    "ICP备", "ICP证", "公网安备", "【字号", "【打印", "【关闭", "我要打印", "打印本页", "关闭窗口",
    "阅读次数", "浏览次数", "浏览量", "阅读量", "访问量", "点击数", "点击量", "点击率", "发布时间",
    "信息时间", "责任编辑", "首页>", "首页»", "首页›", ">>", "扫一扫", "版权所有",
  ])

  /// Cues that make a line of at most 60 characters boilerplate wherever they stand
  /// (`2022-04-14 10:30 来源：某区融媒体中心`); in a longer line they may be content.
  private static let shortInner: [[UInt32]] = scalarsOf([
    "来源:", "来源：", "作者:", "作者：", "编辑:", "编辑：", "审核:", "审核：", "摄影:", "摄影：", "点击:",
    "点击：", "浏览:", "浏览：", "阅读:", "阅读：", "字体:", "字体：",
  ])

  private static let homePage: [UInt32] = "首页".unicodeScalars.map(\.value)
  private static let siteHomePage: [UInt32] = "网站首页".unicodeScalars.map(\.value)

  /// Whole lines that are navigation words.
  private static let navigation: Set<[UInt32]> = Set(
    scalarsOf([
      "首页", "详情", "正文", "新闻动态", "新闻分类", "新闻中心", "要闻动态", "打印", "关闭", "返回", "分享",
      "收藏", "评论", "点赞", "更多", "查看更多", "新闻详情", "文章详情", "内容详情", "热点新闻", "图片新闻",
      "最新动态", "工作动态", "政务动态", "时政要闻", "本站首页", "网站首页", "English", "繁體", "简体",
      "无障碍", "无障碍阅读", "无障碍浏览", "长者模式", "长者版", "关怀版", "适老版", "繁体版", "简体版",
      "设为首页", "加入收藏", "收藏本站", "登录", "注册", "搜索", "政务公开", "信息公开", "政府信息公开", "办事服务",
      "互动交流", "通知公告", "政策文件", "政策解读", "领导信息", "机构设置", "专题专栏", "在线访谈",
      "网上办事", "便民服务", "公众参与", "数据开放", "联系我们", "政务服务", "走进", "概况", "领导之窗",
      "部门动态", "乡镇动态", "基层动态", "区县动态", "媒体聚焦", "图片", "视频", "微信", "微博", "QQ空间",
      "今日头条", "人民网", "新华网", "上一页", "下一页", "尾页", "当前位置", "网站地图", "纠错", "RSS",
    ]))

  private static let imageSuffixes: [[UInt32]] = scalarsOf([
    ".png", ".jpg", ".jpeg", ".gif", ".bmp", ".webp", ".PNG", ".JPG", ".JPEG", ".GIF",
  ])

  private static let prefixesByFirst = Dictionary(grouping: prefixes, by: { $0[0] })
  private static let innerByFirst = Dictionary(grouping: inner, by: { $0[0] })
  private static let shortInnerByFirst = Dictionary(grouping: shortInner, by: { $0[0] })
  /// First scalars of all cues, as a bitmap over the BMP: most lines are rejected without hashing.
  private static let cueStarts: [UInt64] = {
    var bits = [UInt64](repeating: 0, count: 1024)
    for cue in prefixes + inner + Array(navigation) where cue[0] < 0x10000 {
      bits[Int(cue[0] >> 6)] |= 1 << UInt64(cue[0] & 63)
    }
    return bits
  }()

  /// The first two scalars of the inner cues, hashed into a bitmap: a line with none of them
  /// is rejected in one pass without hashing or slicing.
  private static let innerBigrams: [UInt64] = {
    var bits = [UInt64](repeating: 0, count: 1024)
    for cue in inner + shortInner {
      let h = bigram(cue[0], cue[1])
      bits[h >> 6] |= 1 << UInt64(h & 63)
    }
    return bits
  }()

  @inline(__always)
  private static func bigram(_ a: UInt32, _ b: UInt32) -> Int {
    Int(((a &* 0x9E37_79B1) ^ (b &* 0x85EB_CA6B)) >> 16)
  }

  @inline(__always)
  private static func mayStartCue(_ v: UInt32) -> Bool {
    v < 0x10000 && cueStarts[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0
  }

  private static func scalarsOf(_ words: [String]) -> [[UInt32]] {
    words.map { word in word.unicodeScalars.map(\.value) }
  }

  /// Headings of a box of recommended stories (新闻推荐), whose items are links to other stories.
  private static let teaserHeadings: Set<[UInt32]> = Set(
    scalarsOf(["新闻推荐", "推荐新闻", "推荐阅读", "精彩推荐", "热点推荐", "相关推荐", "相关新闻", "相关阅读"]))

  /// Whether the repaired text of one line is nothing but a heading of recommended stories.
  static func isTeaserHeading(_ line: ArraySlice<UInt32>) -> Bool {
    line.count >= 4 && line.count <= 5 && teaserHeadings.contains(Array(line))
  }

  /// Whether the repaired text of one line is page furniture rather than article text.
  static func isBoilerplate(_ line: ArraySlice<UInt32>) -> Bool {
    if line.isEmpty || line.count > 200 { return false }
    if line.count <= 6 && navigation.contains(Array(line)) {
      return true
    }
    var body = line
    while let first = body.first, isLeadingDecoration(first) { body = body.dropFirst() }
    if body.isEmpty { return true }
    // • 长者版: a menu's item under its bullet is navigation as much as the bare word.
    if body.count < line.count && body.count <= 6 && navigation.contains(Array(body)) {
      return true
    }
    if mayStartCue(body[body.startIndex]), let candidates = prefixesByFirst[body[body.startIndex]] {
      for prefix in candidates where body.starts(with: prefix) { return true }
    }
    // 首页 区县招商 产业园区 新闻中心: a menu bar that begins with the home page's link (its spaces
    // already gone), short and with no sentence's punctuation, is navigation.
    if body.count <= 60, body.starts(with: homePage) || body.starts(with: siteHomePage),
      !body.contains(where: { $0 == 0xFF0C || $0 == 0x3002 || $0 == 0x2C })
    {
      return true
    }
    if line.count <= 160 {
      let bits = innerBigrams
      var i = line.startIndex
      while i + 1 < line.endIndex {
        let h = bigram(line[i], line[i + 1])
        if bits[h >> 6] & (1 << UInt64(h & 63)) != 0 {
          if let candidates = innerByFirst[line[i]] {
            for cue in candidates where line[i...].starts(with: cue) { return true }
          }
          if line.count <= 60, let candidates = shortInnerByFirst[line[i]] {
            for cue in candidates where line[i...].starts(with: cue) { return true }
          }
        }
        i += 1
      }
    }
    if let last = line.last,
      last == 0x67 || last == 0x47 || last == 0x70 || last == 0x50 || last == 0x66 || last == 0x46
    {
      for suffix in imageSuffixes
      where line.count > suffix.count && line.suffix(suffix.count).elementsEqual(suffix) {
        if !line.contains(where: { ScalarClass.isHan($0) }) { return true }
      }
    }
    if line.contains(0x2103) && (line.contains(0x5468) || contains(line, [0x661F, 0x671F])) {
      return true  // 2025年12月07日 (周三) 2~20℃ 多云
    }
    return isDateOnly(line)
  }

  private static func isLeadingDecoration(_ v: UInt32) -> Bool {
    v == 0x3010 || v == 0x3E || v == 0x00BB || v == 0xFF08 || v == 0x28 || v == 0x00B7 || v == 0x7C
      || v == 0x5B
      || v == 0x2022 || v == 0x25CF || v == 0x25B6 || v == 0x25BA || v == 0x2192
  }

  /// A line that is only a date or time (`2022-04-14 10:22`, `2022年4月14日 星期四`).
  private static func isDateOnly(_ line: ArraySlice<UInt32>) -> Bool {
    var digits = 0
    // 二〇二四年三月五日 星期二: a newspaper's date in Chinese numerals.
    var numerals = 0
    // 2024年3月6日 星期三 第1版 要闻: a page's number and its section's short name.
    var page = false
    var section = 0
    for v in line {
      switch v {
      case 0x30...0x39: digits += 1
      case 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341, 0x3007,
        0x96F6, 0x25CB:
        numerals += 1
      // 【2020年5月7日】, [2020-05-07]: square brackets frame a date line as round ones do.
      case 0x2D, 0x2F, 0x3A, 0x2E, 0x20, 0x28, 0x29, 0xFF08, 0xFF09, 0x3010, 0x3011, 0x5B, 0x5D,
        0x5E74, 0x6708, 0x65E5, 0x661F, 0x671F, 0x5468, 0x5929, 0xFF1A, 0x7B2C:
        continue
      case 0x7248: page = true
      case 0x4E00...0x9FFF: section += 1
      default: return false
      }
    }
    guard section == 0 || page && section <= 4 else { return false }
    return digits >= 4 || numerals >= 6 && line.contains(0x5E74) && line.contains(0x65E5)
  }

  static func contains(_ haystack: ArraySlice<UInt32>, _ needle: [UInt32]) -> Bool {
    guard let first = needle.first, haystack.count >= needle.count else { return false }
    var i = haystack.startIndex
    let last = haystack.endIndex - needle.count
    while i <= last {
      if haystack[i] == first {
        var k = 1
        while k < needle.count && haystack[i + k] == needle[k] { k += 1 }
        if k == needle.count { return true }
      }
      i += 1
    }
    return false
  }
}

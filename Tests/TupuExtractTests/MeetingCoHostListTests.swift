import Testing

/// 由甲、乙、丙主办: the co-hosts after 由 convene the meeting one by one, though the list is not
/// read whole — forms read on round 28's unlabelled festival, forum and ceremony news: an item no
/// body is read for (省社科院), a comma between two items, the party's 中共 before an item inside
/// the list, a guidance clause before the hosts. Each item read as a body convenes; the unread
/// item gives nothing, and the bodies that only guide (指导) convene nothing.
@Suite("convenes: each co-host after 由 that is read as a body, though the list is not read whole")
struct MeetingCoHostListTests {
  @Test(
    "由甲、乙、省某某院共同主办的某论坛, 由甲,乙主办的某开幕仪式, 本次活动由甲、中共乙县委、乙县人民政府主办, 由甲指导，乙、丙联合主办的某仪式, 由甲指导，由乙和丙联合主办; 本届某某节由… names another meeting",
    arguments: [
      ReadingCase(
        text: "发布时间：2024-03-05\n3月2日，由青禾日报社、柳塘县委宣传部、省社科院共同主办的"
          + "首届青禾县域经济高峰论坛在柳塘举行。",
        expected: [
          "青禾日报社 convenes 首届青禾县域经济高峰论坛",
          "柳塘县委宣传部 convenes 首届青禾县域经济高峰论坛",
        ]),
      ReadingCase(
        text: "发布时间：2016-08-13\n8月12日，由柳塘县人民政府,青禾省旅游发展委员会主办的"
          + "2016青禾山旅游文化节开幕仪式在青禾山景区举行。",
        expected: ["柳塘县人民政府 convenes 2016青禾山旅游文化节开幕仪式"]),
      ReadingCase(
        text: "发布时间：2024-03-05\n3月2日，柳塘县第十一届青禾文化旅游节开幕。本次活动"
          + "由青禾市文化广播电视和旅游局、中共柳塘县委、柳塘县人民政府主办，以“山水柳塘”为主题。",
        expected: [
          "青禾市文化广播电视和旅游局 convenes 柳塘县第十一届青禾文化旅游节",
          "柳塘县委 convenes 柳塘县第十一届青禾文化旅游节",
          "柳塘县人民政府 convenes 柳塘县第十一届青禾文化旅游节",
        ]),
      ReadingCase(
        text: "发布时间：2024-03-05\n3月2日晚，由中共青禾省委宣传部、青禾省文化和旅游厅指导，"
          + "柳塘县人民政府、青禾日报社东南网联合主办的第九届“网络媒体青禾行”采访活动启动仪式"
          + "在柳塘举行。",
        expected: ["柳塘县人民政府 convenes 第九届“网络媒体青禾行”采访活动启动仪式"],
        absent: [
          "青禾省委宣传部 convenes 第九届“网络媒体青禾行”采访活动启动仪式",
          "青禾省文化和旅游厅 convenes 第九届“网络媒体青禾行”采访活动启动仪式",
        ]),
      ReadingCase(
        text: "发布时间：2024-03-05\n3月2日，首届青禾发展论坛在柳塘举行。此次会议由青禾省科学技术"
          + "协会指导，由中国区域经济研究论坛和柳塘大学联合主办，会议主题为“绿色发展”。",
        expected: ["柳塘大学 convenes 首届青禾发展论坛"],
        absent: ["青禾省科学技术协会 convenes 首届青禾发展论坛"]),
      // A clause that names what was hosted may name another meeting than the article's: the
      // festival, not the opening ceremony the article tells of; its hosts are not the ceremony's.
      ReadingCase(
        text: "发布时间：2024-03-05\n3月2日，柳塘县第十一届青禾文化旅游节开幕式在青禾广场举行。"
          + "本届青禾文化旅游节由青禾市文化广播电视和旅游局、中共柳塘县委、柳塘县人民政府主办。",
        expected: [],
        absent: ["柳塘县人民政府 convenes 柳塘县第十一届青禾文化旅游节开幕式"]),
    ])
  func coHosts(reading: ReadingCase) throws { try reading.check() }
}

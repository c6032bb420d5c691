import Testing

/// A further event the story tells as held alongside its own meeting (活动还举行了某仪式, 仪式后，
/// 还开展了某活动, 首先，举行了某仪式), in a sentence with no date of its own, was held on the
/// day of the story's meeting. A sentence with a time of its own (去年, 此前) or a day written
/// since tells of another day. Invented names.
@Suite("Events held alongside the story's meeting")
struct AlongsideEventDateTests {
  static let published = "青岚县举行丰收节\n发布时间：2024-09-30\n"

  @Test(
    "a further event held takes the meeting's day",
    arguments: [
      ReadingCase(
        text: published + "9月29日晚，青石街道第二届农民丰收节在街道广场举行。街道党委书记贺明川致辞。"
          + "活动还举行了“共富路上”乡村振兴合作签约仪式。",
        expected: ["“共富路上”乡村振兴合作签约仪式 held-on 2024-09-29"]),
      ReadingCase(
        text: published + "29日，青石镇文明实践站授牌仪式在青石社区举行。据介绍，实践站面积约300平方米。"
          + "授牌仪式后，还开展了“我们的节日·中秋”主题活动。",
        expected: ["“我们的节日·中秋”主题活动 held-on 2024-09-29"]),
      ReadingCase(
        text: published + "9月29日，县政协委员活动组走进青石社区。首先，举行了青岚县政协委员进社区公示牌揭牌仪式。",
        expected: ["青岚县政协委员进社区公示牌揭牌仪式 held-on 2024-09-29"]),
    ])
  func carried(reading: ReadingCase) throws { try reading.check() }

  @Test(
    "a time of its own or a later day keeps it apart",
    arguments: [
      ReadingCase(
        text: published + "9月29日晚，青石街道第二届农民丰收节在街道广场举行。"
          + "去年，街道还举行了“共富路上”乡村振兴合作签约仪式。",
        expected: [],
        absent: ["“共富路上”乡村振兴合作签约仪式 held-on 2024-09-29"]),
      ReadingCase(
        text: published + "9月29日晚，青石街道第二届农民丰收节在街道广场举行。10月1日，青石社区举行升旗活动。"
          + "活动还举行了“共富路上”乡村振兴合作签约仪式。",
        expected: [],
        absent: ["“共富路上”乡村振兴合作签约仪式 held-on 2024-09-29"]),
    ])
  func apart(reading: ReadingCase) throws { try reading.check() }
}

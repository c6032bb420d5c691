import Testing

/// The genre's forms around people: bylines and credits, outlets in the furniture, posts in
/// chains, bodies whose heads' posts repeat their last character. Invented names throughout.
@Suite("Reading people and the page's furniture")
struct PeopleFormTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // 武装部部长: the body's last character starts its head's post again; no person 武装部.
    Case(
      text: "6月5日，新桥镇开展防汛演练。副镇长、武装部部长方志勇参加演练。",
      expected: ["方志勇 : Official", "方志勇 title 副镇长", "方志勇 affiliated-with 武装部"],
      absent: ["武装部 : Official", "武装部 title 部长"]),
    // 团县委书记 heads the Youth League's committee, not the county.
    Case(
      text: "安平县召开青年工作会议。团县委书记邬晓东汇报了工作。",
      expected: ["邬晓东 : Official", "邬晓东 affiliated-with 团县委"],
      absent: ["邬晓东 title 县委书记", "邬晓东 affiliated-with 安平县"]),
    // 作表态发言 after a name is what the speaker does, not a third character of the name.
    Case(
      text: "安平县召开金融工作会议。安平县农商银行行长戈振华作表态发言。",
      expected: ["戈振华 : Person", "戈振华 affiliated-with 安平县农商银行"],
      absent: ["戈振 : Person", "戈振 : Official"]),
    // A credit after the reporter's name (文/图) ends it.
    Case(
      text: "10月8日，青禾区开展消防演练。（记者 唐雪梅 文/图）",
      expected: ["唐雪梅 : Person"],
      absent: ["唐雪 : Person"]),
    // A village and its posts chained by a list comma: the place comes before the first post.
    Case(
      text: "东湖街道翠苑社区开展志愿服务活动。石桥村党支部书记、村委会主任范德胜陪同。",
      expected: ["石桥村 : Community", "范德胜 affiliated-with 石桥村"],
      absent: ["范德胜 affiliated-with 翠苑社区"]),
    // Outlets named in the furniture are no entities: a source line, a credit in brackets, a
    // dateline, a lead before 记者.
    Case(
      text: """
        白沙县召开安全生产工作会议
        来源：白沙县融媒体中心  作者：黎明轩  发布时间：2023-05-10
        5月9日，白沙县召开安全生产工作会议。县委副书记、县长符海生出席会议并讲话。（白沙县融媒体中心）
        """,
      expected: ["符海生 affiliated-with 白沙县", "黎明轩 : Person"],
      absent: ["白沙县融媒体中心 : Organization"]),
    Case(
      text: """
        清河县举行重大项目集中开工仪式
        清河县融媒体中心记者 冯晓光 报道
        4月8日，清河县重大项目集中开工仪式在县经济开发区举行。县委书记贺东明宣布项目开工。
        """,
      expected: ["冯晓光 : Person", "贺东明 affiliated-with 清河县"],
      absent: ["清河县融媒体中心 : Organization"]),
    // An outlet the story tells of (its director) stays an entity.
    Case(
      text: "7月3日，青禾区委宣传部副部长、区融媒体中心主任严冬生作交流发言。",
      expected: ["严冬生 : Official"],
      absent: ["严冬生 : Person"]),
    // 城东新区 is a zone of a city (a Place); 浦东新区, on the country's list, is a district.
    Case(
      text: "位于城东新区的天宇光电科技有限公司已建成投产。浦东新区区委书记钱立新出席。",
      expected: ["城东新区 : Place", "浦东新区 : District", "钱立新 affiliated-with 浦东新区"],
      absent: ["城东新区 : District"]),
    // Kind words one after another (市级 + 文明 + 村) name no village.
    Case(
      text: "桃源镇青山村、绿水村被评为市级文明村。",
      expected: ["青山村 : Community", "绿水村 : Community"],
      absent: ["市级文明村 : Community"]),
    // A work named by its capacity keeps it, and its own word after the facility's.
    Case(
      text: "在年产10万套智能家居生产线项目现场，企业负责人介绍了项目进度。",
      expected: ["年产10万套智能家居生产线项目 : Project"],
      absent: ["万套智能家居生产线 : Project"]),
    Case(
      text: "会议听取了城东体育公园项目规划设计方案汇报。",
      expected: ["城东体育公园项目 : Project"],
      absent: ["城东体育公园 : Place"]),
    // 参加会议的区领导还有：甲、乙: the group word introduces the attendees after 还有.
    Case(
      text: "2月18日，青禾区2024年经济工作会议召开。参加会议的区领导还有：杨春晖、马红英、钟国强。",
      expected: [
        "杨春晖 : Official", "马红英 attends 青禾区2024年经济工作会议",
        "钟国强 attends 青禾区2024年经济工作会议",
      ]),
    // 政协委员 as a class of people names no body.
    Case(
      text: "柳溪县政协十一届三次会议开幕。县委、县政府领导，不是政协委员的县级领导同志列席会议。",
      expected: ["柳溪县委 : Organization"],
      absent: ["县政协 : Organization", "柳溪县政协 : Organization"]),
    // The company behind a site, in its copyright line, is furniture.
    Case(
      text: "青禾区召开安全生产会议。\n©版权所有 长风科技信息发展有限公司 |ICP备12345678号",
      expected: ["青禾区 : District"],
      absent: ["长风科技信息发展有限公司 : Organization"]),
    // A verb with its result (建好, 抓好) or a demand's adverb (扶持, 规范) before a name is no
    // part of it; nor is a two-character verb before a level word (联合县总工会).
    Case(
      text: "要建好青禾产业园，全力抓好东湖社区改造，扶持石桥村壮大集体经济，要规范社区工作流程。",
      expected: ["东湖社区 : Community", "石桥村 : Community"],
      absent: [
        "要建好青禾产业园 : Project", "抓好东湖社区 : Community", "扶持石桥村 : Community",
        "要规范社区 : Community",
      ]),
    Case(
      text: "深化青禾区与柳溪县合作。联合县总工会开展送温暖活动。",
      expected: ["青禾区 : District", "柳溪县 : District"],
      absent: ["联合县 : District", "联合县总工会 : Organization"]),
    // A work's word inside a company's name ends no project.
    Case(
      text: "感谢宏达建筑工程有限公司的大力支持。",
      expected: ["宏达建筑工程有限公司 : Organization"],
      absent: ["感谢宏达建筑工程 : Project"]),
    // Sectors listed before 等 that begin with a surname are no people.
    Case(
      text: "推进高校、高速等重点工程建设。邓文博、许佳怡等出席会议。",
      expected: ["邓文博 : Person", "许佳怡 : Person"],
      absent: ["高校 : Person", "高速 : Person"]),
    // A page's credits and footer: the reviewers are persons; the outlet that runs the site and
    // the company that built it are furniture; the government body that hosts it counts.
    Case(
      text: """
        白沙县召开防汛工作会议
        5月31日，白沙县召开防汛工作会议。县委副书记、县长符海生出席会议并讲话。
        （责任编辑：龙海燕  初审：韦丽  终审：欧建平）
        主办：白沙县人民政府办公室  承办：白沙县融媒体中心  技术支持：云翔信息科技有限公司
        """,
      expected: [
        "龙海燕 : Person", "韦丽 : Person", "欧建平 : Person", "白沙县人民政府办公室 : Organization",
      ],
      absent: [
        "龙海 : Person", "白沙县融媒体中心 : Organization", "云翔信息科技有限公司 : Organization",
      ]),
    // 县委常委、纪委书记: the county's own 纪委, not the body of the post before it.
    Case(
      text: "安平县召开县委常委会会议。县委常委、组织部部长伍德明，县委常委、纪委书记柯正平发言。",
      expected: ["柯正平 title 纪委书记", "柯正平 affiliated-with 安平县纪委"],
      absent: ["柯正平 affiliated-with 县委组织部", "柯正平 affiliated-with 安平县委组织部"]),
    // Right after a post, a name whose surname the lexicon lacks, up to a comma or 等; no verb
    // or word that completes the post (职务, 团成员) is read as one.
    Case(
      text: "县委常委、统战部长佴洁，县委副书记笪瑜等陪同。决定免去钱立新的副县长职务。",
      expected: ["佴洁 : Official", "笪瑜 : Official", "笪瑜 title 县委副书记"],
      absent: ["职务 : Official"]),
    Case(
      text: "区长亲自部署，副区长现场指导。",
      expected: [],
      absent: ["亲自 : Official", "现场 : Official"]),
    // 举办 (like 举行) ends a meeting's name on its left: the place before it is no part of it.
    Case(
      text: "5月20日，东湖街道翠苑社区在社区文化广场举办第五届“邻里节”活动。",
      expected: ["第五届“邻里节”活动 : Meeting"],
      absent: ["社区文化广场举办第五届“邻里节”活动 : Meeting"]),
    // The heads of a bank, a cooperative or a chamber of commerce are Persons with no title;
    // a company's party secretary and a public hospital's head are Officials.
    Case(
      text: "安平县农商银行行长戈振华、东湖农业专业合作社理事长范德胜发言。天宇公司党支部书记王明，"
        + "县人民医院院长时光明参加。",
      expected: [
        "戈振华 : Person", "范德胜 : Person", "戈振华 affiliated-with 安平县农商银行", "王明 : Official",
        "时光明 : Official", "时光明 title 院长",
      ],
      absent: ["戈振华 title 行长", "范德胜 : Official"]),
    // A project named by its capacity, with the firm written right before it.
    Case(
      text: "林泽宇一行还到恒达公司年产 80 万吨新型建材项目察看投产情况。",
      expected: ["恒达公司年产80万吨新型建材项目 : Project"],
      absent: ["恒达公司 : Organization"]),
    // A slogan counting villages by the thousand names no village.
    Case(
      text: "积极参与“万企兴万村”行动和“百企帮百村”精准扶贫行动，石桥村受益。",
      expected: ["石桥村 : Community"],
      absent: ["万企兴万村 : Community", "百企帮百村 : Community"]),
    // Bylines: several names after one role, names run together split at a common surname, one
    // name after a news lead whatever its surname, a student speaking.
    Case(
      text: "青禾区召开防汛会议\n来源:青禾新闻网 作者:蒋丽 李雯婷 编辑:唐悦 2018-01-09 14:20\n"
        + "青禾新闻网1月9日讯(通讯员蒋红李文芳)1月8日，青禾区召开防汛会议。",
      expected: ["蒋丽 : Person", "李雯婷 : Person", "唐悦 : Person", "蒋红 : Person", "李文芳 : Person"],
      absent: ["蒋红李 : Person"]),
    // A credit run together once the page's spaces are gone: each name ends where the next role
    // or 报道 begins.
    Case(
      text: "青禾区举行签约仪式\n青禾新闻网讯 记者 刘臣 通讯员 袁杰 报道：4月28日，青禾区举行签约仪式。",
      expected: ["刘臣 : Person", "袁杰 : Person"],
      absent: ["刘臣通 : Person", "袁杰报 : Person"]),
    // 通迅员 (a misspelt 通讯员) is a role; a department's pen name before the writer is no
    // person, nor is an outlet after 编辑.
    Case(
      text: "青禾区召开会议\n青禾讯(记者 杨晓 通迅员 曹聪)3月22日，青禾区召开会议。\n(区委办 陈石峰)\n"
        + "来源:曹县融媒体中心收集编辑:曹县融媒体中心\n",
      expected: ["杨晓 : Person", "曹聪 : Person", "陈石峰 : Person"],
      absent: ["通迅员 : Person", "区委办 : Person", "曹县融 : Person"]),
    // A deputy's post and a head's post held together: 主席 is no shortening of 副主席.
    Case(
      text: "青禾市举行项目签约仪式。市政协副主席、工商联主席范更新出席签约仪式。",
      expected: ["范更新 title 市政协副主席", "范更新 title 主席"]),
    // A foundation's heads are Persons (its name reads as a body, as 总会 does); a charity
    // federation (慈善总会) is a mass organization, whose heads are Officials.
    Case(
      text: "青禾县举行捐赠仪式。青禾教育基金会理事长甘晓东、县慈善总会会长邝一鸣出席。",
      expected: ["甘晓东 : Person", "邝一鸣 : Official", "邝一鸣 title 会长"],
      absent: ["甘晓东 : Official", "甘晓东 title 理事长"]),
    // A founder and an editorial board member hold no post: Persons.
    Case(
      text: "昨日，青禾县希望小学举行竣工典礼。青石市展能团队创始人卢展成出席庆典仪式。"
        + "由青禾日报报业集团编委翁朝健率领的记者团到青禾开展采访。",
      expected: ["卢展成 : Person", "翁朝健 : Person"],
      absent: ["卢展成 : Official", "翁朝健 : Official"]),
    // Credit lines of every form: a label then a bar or a slash, 监审、签发, two credits in
    // brackets, a page's date right after the author.
    Case(
      text: "青禾区召开防汛会议\n9月15日，青禾区召开防汛会议。\n[责编:邹立 监审、签发:谭文博]\n"
        + "图文 | 侯明远\n文字报道:韩光 曾雪莹\n(图文:祁山 审核:高翠兰)\n"
        + "来源 :区融媒体中心 记者/马洪涛 庞丽\n作者:程茜 发表时间:09-15 17:17\n",
      expected: [
        "邹立 : Person", "谭文博 : Person", "侯明远 : Person", "韩光 : Person", "曾雪莹 : Person",
        "祁山 : Person", "高翠兰 : Person", "马洪涛 : Person", "庞丽 : Person", "程茜 : Person",
      ],
      absent: ["邹立监 : Person", "程茜发 : Person"]),
    Case(
      text: "东湖日报讯(蒿春兰)11月12日上午，东湖小学举行开学典礼。学生代表谢子涵发言。",
      expected: ["蒿春兰 : Person", "谢子涵 : Person"]),
    // A province's short form at the head of another name is no entity of its own; a pronoun or
    // 毕业于 is no part of a university's name.
    Case(
      text: "江苏扬州维扬经济开发区管委会主任钱立新出席。他毕业于南京大学。出口美国、日本等国家。",
      expected: ["南京大学 : Organization", "美国 : City", "日本 : City"],
      absent: ["江苏 : City", "他毕业于南京大学 : Organization"]),
    // A work named again without its place is the same work; 工程量 is no work's name.
    Case(
      text: "督导组先后深入清河县城南污水处理厂、滨江路综合改造工程等项目现场。在城南污水处理厂，"
        + "贺东明详细询问了管网配套建设情况。滨江路综合改造工程目前已完成总工程量的70%。",
      expected: ["清河县城南污水处理厂 : Project"],
      absent: ["城南污水处理厂 : Project", "完成总工程 : Project"]),
    // A body's last character (委, 局, 办…) before its head's post ends no given name; 常务副主任
    // is one post.
    Case(
      text: "青山管理区党委委员、区管委常务副主任钱立新，县人大常委会常务副主任孙晓峰出席签约仪式。",
      expected: [
        "钱立新 : Official", "钱立新 title 常务副主任", "孙晓峰 title 县人大常委会常务副主任",
        "孙晓峰 affiliated-with 县人大常委会",
      ],
      absent: ["区管委 : Official"]),
    // A former post (原…) is no title and ties its holder to no body.
    Case(
      text: "青禾区召开座谈会。原区政协副主席胡春来，青禾区原区长李明，区政协副主席王立新出席。",
      expected: ["胡春来 : Official", "王立新 title 区政协副主席"],
      absent: ["胡春来 title 政协副主席", "胡春来 title 副主席", "李明 title 区长", "李明 affiliated-with 青禾区"]),
    // A source line naming several outlets, a site named after its owner (某区人民政府网), and a
    // preposition before a county's bureau.
    Case(
      text: "青禾区召开防汛会议\n来源：学习强国 青禾区融媒体中心\n\n"
        + "据青禾区统计局数据显示，一季度全区GDP增长6.5%。\n\n转自：青禾区人民政府网",
      expected: ["青禾区统计局 : Organization"],
      absent: [
        "青禾区融媒体中心 : Organization", "青禾区人民政府 : Organization", "据青禾区统计局 : Organization",
      ]),
    // Any community's place named by kind words only (社区文化广场) names nothing; one with a name
    // of its own does.
    Case(
      text: "居民们在社区文化广场表演节目。东湖文化广场改造完成。",
      expected: ["东湖文化广场 : Place"],
      absent: ["文化广场 : Place", "社区文化广场 : Place"]),
    // 就 before a title in 《》 is the preposition (about), no third character of the name.
    Case(
      text: "县委常委、县委办主任方立就《决议》作了起草说明。",
      expected: ["方立 : Official", "方立 title 县委办主任"],
      absent: ["方立就 : Official"]),
    // A sign-off that names a county is the story's source, no person.
    Case(
      text: "5月8日，青溪县委书记张三丰主持召开县委常委会会议，助推青溪高质量发展。 (白石县)",
      expected: ["张三丰 : Official"],
      absent: ["白石县 : Person"]),
    // Items of a bulleted list of links above the headline are read one by one: no name runs
    // from one item's end into the next item's bullet, and the headline is the page's.
    Case(
      text: """
        • 甲某：累点没啥，市民满意就好
          • 乙某某：夫妻携手添色
        青溪区召开区委常委会会议

        5月8日，青溪区委书记张三丰主持召开区委常委会会议。
        """,
      expected: ["张三丰 : Official"],
      absent: ["满意就好•乙某某 : Person", "添色青溪区 : Organization"]),
    // 苏木 (a township of Inner Mongolia) is a level word, not a person 苏某.
    Case(
      text: "旗慈善总会会长田大成、苏木领导出席竣工典礼。",
      expected: ["田大成 : Official"],
      absent: ["苏木 : Official", "苏木 : Person"]),
  ]

  @Test("short articles give the expected facts and not the traps", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}

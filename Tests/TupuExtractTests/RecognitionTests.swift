import Testing

/// Recognition and relations, one short text of the genre at a time. The names are invented.
@Suite("Reading the genre")
struct RecognitionTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text: "青山区区长钱立新对各位领导表示欢迎，对取得的成绩表示祝贺。副区长孙晓峰提出，要分别推进。",
      expected: ["钱立新 title 区长", "孙晓峰 title 副区长"],
      absent: ["成绩 : Person", "位领导 : Person", "孙晓峰提 : Official"]),
    Case(
      text: "青山区副区长林海等陪同调研。区委常委孙立在了解情况后指出，要加快进度。",
      expected: ["林海 : Official", "林海 title 副区长", "孙立 : Official", "孙立 title 区委常委"],
      absent: ["林海等 : Official", "孙立在 : Official"]),
    Case(
      text: "4月8日，青山区委书记赵明远主持召开十二届区委常委会第15次会议。",
      expected: [
        "赵明远 : Official", "青山区 : District", "十二届区委常委会第15次会议 : Meeting",
        "赵明远 title 区委书记", "赵明远 affiliated-with 青山区",
        "赵明远 chairs 十二届区委常委会第15次会议",
      ]),
    Case(
      text: "青山区区长钱立新主持召开全区重点项目推进会，青山区委常委、常务副区长孙晓峰出席会议。",
      expected: [
        "钱立新 chairs 全区重点项目推进会", "孙晓峰 attends 全区重点项目推进会",
        "孙晓峰 title 区委常委", "孙晓峰 title 常务副区长", "孙晓峰 affiliated-with 青山区",
        "钱立新 title 区长",
      ]),
    Case(
      text: "青山区召开全区安全生产工作会议。区委常委周文斌、吴建华、郑永刚出席会议。",
      expected: [
        "青山区 convenes 全区安全生产工作会议",
        "周文斌 title 区委常委", "吴建华 title 区委常委", "郑永刚 title 区委常委",
        "郑永刚 attends 全区安全生产工作会议", "吴建华 affiliated-with 青山区",
      ]),
    Case(
      text: "青山区召开全区安全生产工作会议。区委常委周文斌、字国栋、郑永刚出席会议。",
      expected: [
        "字国栋 title 区委常委", "郑永刚 title 区委常委", "郑永刚 attends 全区安全生产工作会议",
      ]),
    Case(
      text: "青山区区长钱立新调研了青山区冷链物流中心、青山区智能装备产业园等重点项目。",
      expected: ["青山区冷链物流中心 located-in 青山区", "钱立新 affiliated-with 青山区"]),
    Case(
      text: "区人大常委会副主任刘振东、王建设，党组成员孙卫东出席会议。",
      expected: ["王建设 title 区人大常委会副主任", "孙卫东 title 党组成员"]),
    Case(
      text: "同日，退休教师陈国庆出资3万元，资助东湖街道北张村修缮文化广场。",
      expected: ["陈国庆 sponsors 北张村"],
      absent: ["陈国庆 sponsors 东湖街道"]),
    Case(
      text: "青山区召开全区安全生产工作会议。常务副区长冯志强、副区长王丽参加会议。",
      expected: ["冯志强 title 常务副区长", "王丽 title 副区长", "王丽 attends 全区安全生产工作会议"],
      absent: ["王丽 title 常务副区长"]),
    Case(
      text: "青山区召开全区安全生产工作会议。区领导冯志强、王丽参加会议。",
      expected: ["冯志强 : Official", "王丽 : Official", "王丽 attends 全区安全生产工作会议"],
      absent: ["王丽 title 区领导", "冯志强 title 区领导"]),
    Case(
      text: "“现在环境越来越好了。”张德顺说。70多岁的居民刘桂兰笑着说道。",
      expected: ["张德顺 : Person", "刘桂兰 : Person"]),
    Case(
      text: "4月3日，记者走进青山区东湖街道办事处柳岸社区，探寻社区治理的新路径。",
      expected: [
        "东湖街道 : Street", "柳岸社区 : Community", "柳岸社区 located-in 东湖街道",
        "东湖街道 located-in 青山区",
      ],
      absent: ["东湖街道办事处 : Street", "新路 : Road"]),
    Case(
      text: "3月初，青山区税务局还出资2万余元，为柳岸社区购买了防疫物资。",
      expected: ["青山区税务局 : Organization", "青山区税务局 sponsors 柳岸社区"],
      absent: ["青山区税务局 located-in 青山区"]),
    Case(
      text: "青山区区长钱立新主持召开全区重点项目第3次调度会。会议逐个听取了云谷数据中心、滨江产业园、东湖污水处理厂等重点项目建设情况汇报。",
      expected: [
        "云谷数据中心 : Project", "滨江产业园 : Project", "东湖污水处理厂 : Project",
        "全区重点项目第3次调度会 reviews 云谷数据中心", "全区重点项目第3次调度会 reviews 东湖污水处理厂",
        "钱立新 reviews 滨江产业园",
      ]),
    Case(
      text: "10月9日，青山区区长钱立新调研滨江产业园、智慧物流园等重点项目建设情况。副区长李强陪同。",
      expected: ["钱立新 reviews 滨江产业园", "钱立新 reviews 智慧物流园"],
      absent: ["李强 reviews 滨江产业园"]),
    Case(
      text: "柳岸社区位于市区滨河路以北，东邻建设北路。记者来到位于滨河路的柳岸花园。",
      expected: ["滨河路 : Road", "建设北路 : Road", "柳岸花园 located-in 滨河路"],
      absent: ["柳岸社区 located-in 滨河路", "东邻建设北路 : Road"]),
    Case(
      text: "青山建工集团有限公司董事长马春生、区工商联主席何丽华出席捐赠仪式。",
      expected: [
        "马春生 : Person", "马春生 affiliated-with 青山建工集团有限公司",
        "青山建工集团有限公司 : Organization",
      ],
      absent: ["马春生 title 董事长", "马春生 : Official"]),
    Case(
      text: "4月12日，青山区政协党组书记、主席陈国华主持召开区政协主席办公会议。副主席刘敏、郭强参加会议。",
      expected: [
        "陈国华 title 党组书记", "陈国华 title 主席", "陈国华 affiliated-with 青山区政协",
        "陈国华 affiliated-with 青山区政协党组", "刘敏 title 副主席", "郭强 title 副主席",
        "郭强 affiliated-with 青山区政协", "郭强 attends 区政协主席办公会议",
      ]),
    Case(
      text: "“下一步，街道将建立长效机制。”青山区东湖街道党工委书记黄海涛介绍。",
      expected: [
        "黄海涛 title 街道党工委书记", "黄海涛 affiliated-with 东湖街道",
        "东湖街道 located-in 青山区",
      ]),
    Case(
      text: "要进一步提升城市管理水平，没有路灯的背街小巷要全部亮起来，让群众生活更方便。",
      expected: [],
      absent: ["提升城市 : City", "没有路 : Road", "生活更 : Person"]),
    Case(
      text: "青山区委组织部将对选派干部进行考核。区委、区政府督查局要开展督查。",
      expected: ["青山区委组织部 : Organization", "青山区委区政府督查局 : Organization"],
      absent: ["青山区委 : Organization", "区委 : Organization"]),
    Case(
      text: "县委常委、统战部长罗建军出席会议。牵头单位县委统战部主要领导参加。",
      expected: ["罗建军 title 县委常委", "罗建军 title 统战部长", "罗建军 affiliated-with 县委统战部"]),
    Case(
      text: "会议传达学习了习近平总书记重要讲话精神。",
      expected: ["习近平 : Official", "习近平 title 总书记"]),
    Case(
      text: "城南镇桃园村召开第三季度党建联席会议，镇党委副书记林志诚出席会议。",
      expected: [
        "城南镇 : Street", "桃园村 : Community", "桃园村 located-in 城南镇",
        "桃园村 convenes 第三季度党建联席会议", "林志诚 attends 第三季度党建联席会议",
        "林志诚 title 镇党委副书记", "林志诚 affiliated-with 城南镇",
      ]),
    Case(
      text: "江城市青山区东湖街道办事处主任方卫国向东湖社区赠送了图书。",
      expected: [
        "江城市 : City", "青山区 located-in 江城市", "方卫国 title 街道办事处主任",
        "方卫国 affiliated-with 东湖街道",
      ]),
    Case(
      text: "河西区长安街道党工委书记刘洋陪同调研。居民李大爷说，辖区有幸福里社区、光明社区等8个社区。",
      expected: [
        "长安街道 : Street", "刘洋 title 街道党工委书记", "刘洋 affiliated-with 长安街道",
        "长安街道 located-in 河西区", "幸福里社区 : Community",
      ],
      absent: ["安街道 : Official", "李大爷 : Person", "河西区长安街道 : Street"]),
    Case(
      text: "本报讯（记者 高远 通讯员 林小雨）4月2日，河西区光明社区党支部书记张秀英带领志愿者走访独居老人。（河宣）",
      expected: [
        "高远 : Person", "林小雨 : Person", "张秀英 title 社区党支部书记",
        "张秀英 affiliated-with 光明社区", "光明社区 located-in 河西区",
      ],
      absent: ["河宣 : Person"]),
    Case(
      text: "近日，临川县慈善总会向白马乡东岭村捐赠化肥。许文杰一行实地察看东岭村光伏发电项目建设情况。",
      expected: [
        "临川县慈善总会 : Organization", "临川县慈善总会 sponsors 东岭村", "东岭村 located-in 白马乡",
        // A village written in full at the head of the work is in its name (the ruling on
        // places inside names) and contains it.
        "东岭村光伏发电项目 : Project", "东岭村光伏发电项目 located-in 东岭村",
      ],
      absent: ["临川县慈善总会 sponsors 白马乡"]),
    Case(
      text: "2月20日，市委常委、副市长方志远到高新区调研，高新区党工委书记杨帆陪同。盛达新材料科技园位于高新区科技大道东段。方志远与公司董事长唐国庆交流。",
      expected: [
        "高新区 : Place", "杨帆 affiliated-with 高新区党工委", "方志远 title 副市长",
        "盛达新材料科技园 located-in 科技大道", "唐国庆 : Person",
      ],
      absent: ["盛达新材料科技园 located-in 高新区", "唐国庆 : Official"]),
    Case(
      text: "桃花村党支部书记兼村委会主任韩大军介绍了村里的变化。江城经济技术开发区管委会召开2024年招商引资工作会议。",
      expected: [
        "韩大军 title 村党支部书记", "韩大军 title 村委会主任", "韩大军 affiliated-with 桃花村",
        "江城经济技术开发区管委会 convenes 2024年招商引资工作会议",
      ]),
    Case(
      text: "东岭村获得江城农商银行捐助的农资一批。江城农商银行将图书捐赠给桃花村小学。光明社区收到恒泰集团捐赠的口罩。",
      expected: [
        "江城农商银行 : Organization", "江城农商银行 sponsors 东岭村", "江城农商银行 sponsors 桃花村小学",
        "恒泰集团 sponsors 光明社区",
      ],
      absent: ["东岭村获得江城农商银行 : Organization"]),
    Case(
      text: "4月9日，河西区人大常委会召开第十五次会议。5月6日，河西区委召开全区组织工作会议，区委书记陈立华出席并讲话。",
      expected: [
        "河西区人大常委会 : Organization", "河西区人大常委会 convenes 河西区人大常委会第十五次会议",
        "河西区委 convenes 全区组织工作会议", "陈立华 attends 全区组织工作会议",
      ],
      absent: ["河西区人大常委会 : Meeting"]),
    Case(
      text: "6月3日，由松江区委宣传部、区妇联联合组织的第二次巾帼建功座谈会在区文化中心召开。8月1日，松江区委统战部、区工商联联合召开民营企业座谈会。",
      expected: [
        "松江区委宣传部 convenes 第二次巾帼建功座谈会", "松江区妇联 convenes 第二次巾帼建功座谈会",
        "松江区委统战部 convenes 民营企业座谈会", "松江区工商联 convenes 民营企业座谈会",
      ]),
    Case(
      text: "会议听取了区水务局关于清水河综合治理工程的汇报。区长李振华先后察看了南山公园提升工程、东环路东延工程等项目。",
      expected: [
        "清水河综合治理工程 : Project", "南山公园提升工程 : Project", "东环路东延工程 : Project",
        "李振华 reviews 南山公园提升工程",
      ],
      absent: ["南山公园 : Place", "工程 : Project"]),
    Case(
      text: "据悉，锦程智能制造产业园位于柳江区拉堡镇，由广西锦程机械有限公司投资建设。文化广场位于文昌街与柳东大道交会处。",
      expected: [
        "广西锦程机械有限公司 sponsors 锦程智能制造产业园", "文昌街 : Road",
        "文化广场 located-in 文昌街", "文化广场 located-in 柳东大道",
      ],
      absent: ["文昌街 : Street"]),
    Case(
      text: "由江城恒达置业有限公司出资建设的阳光花园小区已交付使用。滨江物流园位于江城高新区，由江城港务集团投资建设，目前已在桃源街道招商。",
      expected: [
        "江城恒达置业有限公司 sponsors 阳光花园小区", "江城港务集团 sponsors 滨江物流园",
      ],
      absent: ["江城港务集团 sponsors 桃源街道"]),
    Case(
      text: "东湖社区隶属江城市青山区柳岸街道，地处东湖大街与光明路交会处，辖区内的阳光小区、和平小区建于上世纪。江城物流园二期位于柳岸街道。家住东湖社区和平小区的王大爷说。",
      expected: [
        "东湖社区 located-in 东湖大街", "东湖社区 located-in 光明路",
        "阳光小区 located-in 东湖社区", "和平小区 located-in 东湖社区",
        "江城物流园二期 : Project", "江城物流园二期 located-in 柳岸街道",
      ],
      absent: ["江城物流园 : Project", "家住东湖社区 : Community"]),
    Case(
      text: "县委副书记、县长艾尔肯·买买提主持会议，副县长古丽米拉·艾海提、刘志勇出席。",
      expected: [
        "艾尔肯·买买提 : Official", "艾尔肯·买买提 title 县长", "古丽米拉·艾海提 title 副县长",
        "刘志勇 title 副县长",
      ],
      absent: ["艾尔肯 : Official"]),
    Case(
      text: "区政府召开第9次常务会议\n发布时间：2023-05-06　来源：青山区人民政府办公室\n5月5日，区委副书记、区长赵明远主持召开区政府第9次常务会议，副区长孙晓峰出席。\n",
      expected: [
        "赵明远 affiliated-with 青山区", "孙晓峰 affiliated-with 青山区", "赵明远 title 区长",
      ]),
    Case(
      text: "由青山区委组织部、区人力资源和社会保障局联合召开的稳就业工作推进会举行。",
      expected: [
        "稳就业工作推进会 : Meeting", "青山区人力资源和社会保障局 : Organization",
        "青山区委组织部 convenes 稳就业工作推进会",
        "青山区人力资源和社会保障局 convenes 稳就业工作推进会",
      ],
      absent: ["社会保障局 : Organization"]),
    Case(
      text: "区长李振华先后观摩了江城数字物流港、青河路北延工程等项目。物流港位于柳岸街道上海路。",
      expected: [
        "青河路北延工程 : Project", "李振华 reviews 青河路北延工程", "上海路 : Road",
      ],
      absent: ["上海 : City", "青河路 : Road"]),
    Case(
      text: "由江城建工集团援建的白水街道琵琶社区文化广场落成。青山区交警大队在柳岸社区新时代文明实践站设立便民点。",
      expected: [
        "琵琶社区文化广场 : Place", "琵琶社区文化广场 located-in 琵琶社区",
        "江城建工集团 sponsors 琵琶社区文化广场", "青山区交警大队 : Organization",
        "柳岸社区新时代文明实践站 : Place",
      ],
      absent: ["文化广场 : Place"]),
    Case(
      text: "新疆天池乳业有限公司向昌吉州阜康市滨湖社区捐赠牛奶。伊犁哈萨克自治州霍城县召开会议。",
      expected: [
        "新疆天池乳业有限公司 : Organization", "新疆天池乳业有限公司 sponsors 滨湖社区",
        "昌吉州 : City", "伊犁哈萨克自治州 : City", "霍城县 : District",
      ],
      absent: ["疆天池乳业有限公司 : Organization"]),
    Case(
      text: "区委书记韩立新，区委副书记、区长王建华带领区四大班子领导，先后观摩了江城数字物流港、城北智能装备产业园等8个重点项目。",
      expected: [
        "江城数字物流港 : Project", "韩立新 reviews 江城数字物流港", "王建华 reviews 江城数字物流港",
        "王建华 reviews 城北智能装备产业园",
      ]),
    Case(
      text: "区委书记赵明远主持召开区委常委会会议。会议强调，要推动莲湖各项事业迈上新台阶，为莲湖发展作出贡献。",
      expected: ["莲湖区 : District", "赵明远 affiliated-with 莲湖区", "赵明远 title 区委书记"]),
    Case(
      text: "麒麟区委书记沈建华到东山镇调研乡村振兴工作。沈建华强调，要抓好乡村振兴。",
      expected: ["沈建华 affiliated-with 麒麟区"],
      absent: ["振兴区 : District", "建华区 : District"]),
    Case(
      text: "座谈会上，江城农村商业银行青山支行介绍了信贷产品。会后，该行与区妇联签订合作协议，并向桃源村捐赠设备一套。",
      expected: ["江城农村商业银行青山支行 sponsors 桃源村"],
      absent: ["区妇联 sponsors 桃源村"]),
    Case(
      text: "家住东盛社区新华小区的王大爷说。新城区地下综合管廊工程已完工。北城模塑智造小镇地处北城街道。",
      expected: [
        "新华小区 : Place", "新华小区 located-in 东盛社区", "北城模塑智造小镇 : Place",
        "北城模塑智造小镇 located-in 北城街道",
      ],
      absent: ["东盛社区新华小区 : Place", "新城区 : District"]),
    Case(
      text: "区委书记韩立新主持会议。4月20日，胡卫华区长到湓浦街道调研，韩立新书记指出要抓好复工。远达街道党工委书记刘国庆、办事处主任隋晓慧出席活动。",
      expected: ["韩立新 title 区委书记", "隋晓慧 title 主任"],
      absent: ["韩立新 title 书记", "胡卫华区 : District", "办事处 : Official"]),
    Case(
      text: "会前，王树林带领部分常委会组成人员视察了青山县中医院新院区项目。",
      expected: ["青山县中医院 : Organization"],
      absent: ["王树林带领部分常委会 : Meeting", "新院区 : District"]),
    Case(
      text: "桃源社区举办第三届邻里节。开幕当天，江城农商银行城关支行出资2万元，资助社区开展困难老人助餐服务。",
      expected: ["江城农商银行城关支行 sponsors 桃源社区"]),
    Case(
      text: "柳东社区党委书记钟秀兰指着新修的步道说。钟秀兰表示，社区将继续做好服务。",
      expected: ["钟秀兰 : Official", "钟秀兰 title 社区党委书记"],
      absent: ["钟秀 : Official"]),
    // A company's name runs back over 新 (某新材料公司) and its place, not over a verb before it.
    Case(
      text: "会上，区长赵明远宣布安徽青禾新材料科技有限公司项目开工。",
      expected: ["安徽青禾新材料科技有限公司 : Organization"],
      absent: ["安徽 : City", "材料科技有限公司 : Organization"]),
    // A county named with one character writes its level twice before a post or a body.
    Case(
      text: "岱县县委书记赵明远出席会议。岱县县人大常委会主任钱立新主持。",
      expected: [
        "岱县 : District", "赵明远 affiliated-with 岱县", "岱县人大常委会 : Organization",
      ],
      absent: ["岱县县 : District", "岱县县人大常委会 : Organization"]),
    // Ceremonies and events named with more than their kind word are Meetings (the ruling).
    Case(
      text: "3月2日，青山区2024年重点项目集中开工仪式在滨江产业园举行。区长赵明远出席开工仪式。",
      expected: ["青山区2024年重点项目集中开工仪式 : Meeting"],
      absent: ["开工仪式 : Meeting", "集中开工仪式 : Meeting"]),
    Case(
      // The congress under the party's name, as the gold writes it first (党的二十大|二十大).
      text: "全区各部门要深入学习贯彻党的二十大精神和十二届区委五次全会部署。",
      expected: ["党的二十大 : Meeting", "十二届区委五次全会 : Meeting"],
      absent: ["贯彻党的二十大 : Meeting"]),
    // Navigation and byline furniture name nothing (the which-text-counts ruling).
    Case(
      text: "首页>部门导航>各镇(街道)>白河县青禾镇人民政府>工作动态",
      expected: [],
      absent: ["白河县 : District", "青禾镇 : Street", "青禾镇人民政府 : Organization"]),
    Case(
      text: "本报记者林雅琪报道：3月2日，青山区召开全区安全生产工作会议。",
      expected: ["林雅琪 : Person"],
      absent: ["林雅琪报 : Person"]),
    // A particle after a two-character name is no part of it.
    Case(
      text: "区委副书记林涛在了解情况后指出，区领导赵飞等出席。",
      expected: ["林涛 : Official", "赵飞 : Official"],
      absent: ["林涛在 : Official", "赵飞等 : Official"]),
    // A clause ending in 此次会议 is no meeting's name; a standing committee acting is a body.
    Case(
      text: "会议要求，设计单位要按照此次会议精神优化方案。青山区人大常委会组织部分代表开展视察。",
      expected: [],
      absent: ["设计单位要按照此次会议 : Meeting", "青山区人大常委会 : Meeting"]),
    // The agenda cue may stand before the word the list begins after; a count of villages
    // after a list makes each item a village.
    Case(
      text: "会议原则同意启动实施青禾15万吨饲料及添加剂项目、白鹭湾年产200万件五金配件项目。",
      expected: ["青禾15万吨饲料及添加剂项目 : Project", "白鹭湾年产200万件五金配件项目 : Project"]),
    Case(
      text: "新学校可以同时接收东岭、石门、青禾和白沙等4个村的学生。",
      expected: ["石门 : Community", "青禾 : Community", "白沙 : Community"]),
    Case(
      text: "林雅琪先后走访了青禾服装有限公司，察看企业生产经营和项目建设情况。",
      expected: [],
      absent: ["生产经营 : Project", "企业生产经营 : Project"]),
    // Banners, leagues, 苏木 and 嘎查 are places of their levels; a town's bodies are bodies.
    Case(
      text: "青河左旗委书记赵明远到青河苏木宝音图嘎查调研。旗政府副旗长孙晓峰、青河镇人大主席钱立新陪同。",
      expected: [
        "青河左旗 : District", "赵明远 affiliated-with 青河左旗", "青河苏木 : Street",
        "宝音图嘎查 : Community", "孙晓峰 title 副旗长", "青河镇人大 : Organization",
      ],
      absent: ["五星红旗 : District"]),
    // A province's name after a surname is a given name; before a road's suffix, the road's.
    Case(
      text: "区领导李河南、吴世明出席会议。地址：青山区北京街77号。",
      expected: ["李河南 : Official", "吴世明 : Official"],
      absent: ["河南 : City", "北京 : City"]),
    // Bylines in brackets: after a source and its colon, between roles, after a lead's 讯.
    Case(
      text: "与会人员作了发言。(青山融媒:周立明) 江城日报讯(记者林雅琪 通讯员吴卫东)会议召开。",
      expected: ["周立明 : Person", "林雅琪 : Person", "吴卫东 : Person"]),
    Case(
      text: "新闻热线:13812345678青山区2024年第二期“三个一批”项目集中开工仪式举行。区长赵明远出席落成典礼。",
      expected: ["青山区2024年第二期“三个一批”项目集中开工仪式 : Meeting"],
      absent: ["落成典礼 : Meeting"]),
    // More bodies every place has: 农委, 规委会, 卫健委, 监察委, 林业站, 领导小组…
    Case(
      text: "白河县农委主任赵明远、青禾镇林业站站长钱立新和白河县防汛抗旱领导小组成员参加会议。",
      expected: [
        "白河县农委 : Organization", "赵明远 affiliated-with 白河县农委", "青禾镇林业站 : Organization",
        "白河县防汛抗旱领导小组 : Organization",
      ]),
    // Zones and facilities that exist are Places; 开发区 before a body is part of its name.
    Case(
      text: "林雅琪到白河县经济开发区调研。开发区党工委书记赵明远陪同。",
      expected: ["白河县经济开发区 : Place", "赵明远 title 党工委书记"],
      absent: ["经济开发区 : District"]),
    // The list reader: an agenda or a visit announces works listed without a suffix.
    Case(
      text: "会议听取了青禾花园、江畔安置房项目、北湖片区改造建设情况。",
      expected: ["青禾花园 : Project", "江畔安置房项目 : Project", "北湖片区改造 : Project"]),
    Case(
      text: "观摩团参观了解了东岭村有机肥厂、西岭村灯光球场等建设进展情况。",
      expected: [
        "东岭村有机肥厂 : Project", "西岭村灯光球场 : Project", "东岭村 : Community",
        "东岭村有机肥厂 located-in 东岭村",
      ]),
    Case(
      text: "林雅琪一行先后来到云溪民宿、石桥村路网改造项目、白鹭湾二期等地。",
      expected: ["云溪民宿 : Project", "白鹭湾二期 : Project"]),
    Case(
      text: "副区长李强先后到民安、东兴、北坡社区开展调研。",
      expected: ["民安社区 : Community", "东兴社区 : Community", "北坡社区 : Community"]),
    Case(
      text: "各施工单位要做到安全施工、文明施工。会议研究考核各项指标、具体办法以及重点工作。",
      expected: [],
      absent: ["安全施工 : Project", "具体办法 : Project", "考核各项指标 : Project"]),
    Case(
      text: "会上，李强就城南工业园一期低效用地整治、东坡村违建整治、青河公园以及青河幼儿园等工作作了安排部署。",
      expected: [
        "城南工业园一期低效用地整治 : Project", "东坡村违建整治 : Project", "青河公园 : Project",
        "青河幼儿园 : Project",
      ]),
    Case(
      text: "要紧盯未来城市发展趋势，切实满足县域群众需求，青山区将积极推进。",
      expected: ["青山区 : District"],
      absent: ["来城市 : City", "满足县 : District", "足县 : District"]),
    Case(
      text: "欢迎访问青山区政府网站！副区长林海到社区调研，石桥日报记者随行。",
      expected: ["林海 : Official"],
      absent: ["区政府 : Organization", "青山区政府 : Organization", "石桥 : City"]),
    Case(
      text: "他代表青山县委、人大、政府、政协和广大干部群众表示感谢。东岭镇、西岭镇、南岭镇人大主席参加会议。",
      expected: [
        "青山县人大 : Organization", "青山县政府 : Organization", "青山县政协 : Organization",
        "东岭镇人大 : Organization", "西岭镇人大 : Organization", "东岭镇 : Street",
      ]),
    Case(
      text: "千年古城岚州再现风光，云岭州委书记到会。",
      expected: ["云岭州 : City"],
      absent: ["古城岚州 : City", "城岚州 : City"]),
    Case(
      text: "要加快垃圾分类示范社区创建，东盛社区志愿者踊跃参加。",
      expected: ["东盛社区 : Community"],
      absent: ["垃圾分类示范社区 : Community"]),
    Case(
      text: "东岭村是全县示范村，也是行政村合并后的城中村。",
      expected: ["东岭村 : Community"],
      absent: ["示范村 : Community", "行政村 : Community", "城中村 : Community"]),
  ]

  @Test("short texts of the genre give the expected facts and not the traps", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}

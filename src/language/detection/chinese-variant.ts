// Tells Simplified from Traditional Chinese by characters that exist in one script only (their common
// counterparts in the other one). Characters shared by both, or used in both with different meanings
// (后 里 台 只 干 面 系 余 范 松 周 志 托), are left out so they never vote.
const TRADITIONAL =
  "們這個為來時說會對國號訂單貨發還麼嗎東買賣錢問題謝請電話運費換開關經過沒無與從讓給幫應該現實車長兩網頁帳產務業聯達態區華" +
  "灣門見覺學習書寫讀語聽氣機碼線點鐘間禮歡樂愛難處辦將並雖總數變聲價錯誤壞質顏認識證驗傳輸轉條約結紅綠藍黃舊滿褲襪飯館醫藥" +
  "療護險銀額遞郵裝損補償賠緊馬盡貴廣場島歲師鄉親義議論計設記許試詢詳諮誠調談講負財貼購資趙軟載較輕農邊遠適選遲鄰鐵錄鍵閉閱" +
  "隊陽際陳隨雙雜雞離靜響頂項順須預領頭願類風飛飲養體鬧魚鳥麗黨齊龍優儲兒內冊凍劃劑動勞勢勝協卻厲參員啟喚嚴團圖圓執報壓夢夠" +
  "奪婦嬰寧寬寵寶專尋導層屬帶幣庫廠廳張彈徑復慣憑戰戲拋掛據擇擔擁擊擴攝敗斷暫曉棄極構標樣樓權歐歷歸殘殺決況測滅漢潔濟濕災煙" +
  "熱燈營爭爾牆狀獎獨獲環畫當監盤確礙種稱穩窮競筆節簡簽糧紀級紙細終組絕統綜緒編緣練縣績繼續罰羅聞職肅脫腦膚臉舉艙藝蘇蘭衛衝" +
  "複襯規視覽觀訊訪診評詞詩課誰諾豐貝貢責販貧貿賓賞賴贈贊趕跡蹤軍輛辭連進違遺釋針鈕銷鋪鏡鑰閃閒陸陰隱靈韓頓頻顯顧飾驚麥齒龜" +
  "週隻後裡臺麵係餘範製鬥幹";
const SIMPLIFIED =
  "们这个为来时说会对国号订单货发还么吗东买卖钱问题谢请电话运费换开关经过没无与从让给帮应该现实车长两网页账产务业联达态区华" +
  "湾门见觉学习书写读语听气机码线点钟间礼欢乐爱难处办将并虽总数变声价错误坏质颜认识证验传输转条约结红绿蓝黄旧满裤袜饭馆医药" +
  "疗护险银额递邮装损补偿赔紧马尽贵广场岛岁师乡亲义议论计设记许试询详咨诚调谈讲负财贴购资赵软载较轻农边远适选迟邻铁录键闭阅" +
  "队阳际陈随双杂鸡离静响顶项顺须预领头愿类风飞饮养体闹鱼鸟丽党齐龙优储儿内册冻划剂动劳势胜协却厉参员启唤严团图圆执报压梦够" +
  "夺妇婴宁宽宠宝专寻导层属带币库厂厅张弹径复惯凭战戏抛挂据择担拥击扩摄败断暂晓弃极构标样楼权欧历归残杀决况测灭汉洁济湿灾烟" +
  "热灯营争尔墙状奖独获环画当监盘确碍种称稳穷竞笔节简签粮纪级纸细终组绝统综绪编缘练县绩继续罚罗闻职肃脱脑肤脸举舱艺苏兰卫冲" +
  "衬规视览观讯访诊评词诗课谁诺丰贝贡责贩贫贸宾赏赖赠赞赶迹踪军辆辞连进违遗释针钮销铺镜钥闪闲陆阴隐灵韩顿频显顾饰惊麦齿龟";
// Written Cantonese particles and pronouns, absent from Mandarin prose.
const CANTONESE = "嘅咗佢冇啲喺嚟嘢乜咁噉㗎嘞囉哋咩揾睇嗰";

const TRAD = 1;
const SIMP = 2;
const YUE = 3;
const table = new Uint8Array(0x10000);
for (const c of TRADITIONAL) table[c.charCodeAt(0)] = TRAD;
for (const c of SIMPLIFIED) table[c.charCodeAt(0)] = SIMP;
for (const c of CANTONESE) table[c.charCodeAt(0)] = YUE;

/**
 * "zh-Hans" or "zh-Hant" by which script-specific characters the text has more of; "zh" when it has none
 * (or as many of each); "yue" when it reads as written Cantonese (two or more Cantonese particles).
 */
export function chineseVariant(text: string): string {
  let trad = 0;
  let simp = 0;
  let yue = 0;
  for (let i = 0; i < text.length; i++) {
    const kind = table[text.charCodeAt(i)];
    if (kind === TRAD) trad++;
    else if (kind === SIMP) simp++;
    else if (kind === YUE) yue++;
  }
  if (yue >= 2) return "yue";
  if (trad > simp) return "zh-Hant";
  if (simp > trad) return "zh-Hans";
  return "zh";
}

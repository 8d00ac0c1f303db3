/**
 * Deterministic Chinese personal names for demo people: the same seed gives the same people every
 * time, so screenshots and tests can rely on them.
 */
const SURNAMES =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
const GIVEN =
  "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红梅玉兰春梅海燕文博浩然子涵雨欣宇轩晓东立新永刚德明淑珍桂芝凤英秀珍建华国强卫东";

/** The n-th demo name: a surname and one or two given characters. */
export function demoName(n: number): string {
  const surname = SURNAMES[(n * 7) % SURNAMES.length] ?? "王";
  const first = GIVEN[(n * 13 + 5) % GIVEN.length] ?? "";
  const second = n % 3 === 0 ? "" : (GIVEN[(n * 29 + 11) % GIVEN.length] ?? "");
  return `${surname}${first}${second}`;
}

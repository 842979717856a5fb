/**
 * The last resort of names.ts: common family names of the cultures that write the family name first
 * (Vietnamese, Chinese, Japanese, Korean, Hungarian), romanised and folded (lower case, no accents).
 * A name whose first word is one of these is shown whole, never cut to a guessed given name. Words
 * that are mostly given names elsewhere ("Simon", "László", "Tamás") are left out; the ones kept that
 * double as given names ("Kim", "Lee", "Mai") only cost a full name, which is the safe side.
 * Sources: the well-known frequency lists (Vietnamese ~14 names cover ~90% of people; the Chinese
 * "hundred surnames" in pinyin, Cantonese and Hokkien spellings; the most common Japanese, Korean
 * and Hungarian family names).
 */
const LIST = `
nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh trinh truong luong
quach trieu ta phung doan thai luu kieu chau tang giang lam mai ha cao la vuong tieu
wang li zhang liu chen yang zhao huang zhou wu xu sun hu zhu gao lin he guo ma luo liang song zheng
xie han tang feng yu dong xiao cheng cao yuan deng fu shen zeng peng lu su jiang cai jia ding wei
xue ye yan pan du dai xia zhong tian ren fan fang shi yao tan liao zou xiong jin hao kong bai cui
kang mao qiu qin gu hou shao meng wan duan lei qian yin wong chan cheung leung ng lau chow tsang
yip kwok tse chu chiu fung kwan tsui mak yeung chung siu choi lai poon ngai tay teo goh ong lim
koh tan chia seah
sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato yoshida yamada sasaki
yamaguchi matsumoto inoue kimura hayashi shimizu yamazaki mori abe ikeda hashimoto yamashita
ishikawa nakajima maeda fujita ogawa goto okada hasegawa murakami kondo ishii saito sakamoto endo
aoki fujii nishimura fukuda ota miura okamoto matsuda nakagawa nakano harada ono tamura takeuchi
kaneko wada nakayama ishida ueda morita hara shibata sakai kudo yokoyama miyazaki miyamoto uchida
takagi ando taniguchi ohno maruyama imai takada fujiwara takeda murata ueno sugiyama masuda
kim lee park choi jung jeong kang cho jo yoon yun jang lim oh seo shin kwon hwang ahn jeon hong
yoo ko moon son bae baek heo nam sim noh kwak sung cha joo woo min ryu na ji eom byun chae won
cheon bang gong hyun
nagy kovacs toth szabo horvath varga kiss molnar nemeth farkas balogh papp takacs juhasz lakatos
meszaros olah racz fekete szilagyi torok feher gal kis szucs kocsis orsos pinter fodor szalai
sipos magyar lukacs gulyas biro kiraly katona bogdan balog boros fazekas kelemen orosz somogyi
fulop veres budai vincze hegedus deak pap illes vass szoke fabian voros lengyel bognar bodnar
hajdu halasz jonas kozma szekely pasztor bakos dudas orban virag barna novak soos nemes pataki
balla farago kerekes borbely barta szekeres csizmadia mezei vida
`;

const NAMES = new Set(LIST.split(/\s+/).filter(Boolean));

/** `folded` is lower case without accents (names.ts foldName). */
export function isFamilyName(folded: string): boolean {
  return NAMES.has(folded);
}

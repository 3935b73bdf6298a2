/*
 * han_loan.c
 *		The reading of a name written in Han characters as Chinese writes
 *		foreign names.
 *
 * Chinese writes a foreign name by its sound, a character for each
 * syllable it hears, and a middle dot between the words: 弗拉基米尔·普京
 * (Vladimir Putin), 贝拉克·奥巴马 (Barack Obama), 谢尔盖·拉夫罗夫 (Sergey
 * Lavrov), 奥萨马·本·拉登 (Osama bin Laden).  It draws the characters from a
 * small set that the tables of the national news agency fix for each
 * syllable of the source language, and a consonant without a vowel gets a
 * character whose vowel is not said: 尔 for r and l (Vladimir), 克 for k
 * (Barack), 夫 for f and v (Lavrov), 斯 for s, 德 and 特 for d and t.  The
 * normaliser reads Han characters as Mandarin, a syllable a word (fu la ji
 * mi er pu jing), which meets none of the Latin spellings.
 *
 * This reading writes each word of such characters as the foreign word it
 * spells:
 *
 * - each character as the syllable it stands for in a foreign name, not in
 *	 pinyin: 贝 be, 奥 o, 谢 se, 希 hi, 维 wi, 加 ga (the ei, ao, ie and ia
 *	 of pinyin are how Chinese hears e, o, e and a);
 * - the vowel of a character that writes a consonant alone (尔 克 夫 弗 斯
 *	 德 得 特 布 普 格 姆 兹 茨 赫 什 勒 伯 卜 奇) left out at the end of a
 *	 word, and before another consonant but in the first character of a
 *	 word, where it is mostly said (布什, bush; 普京, pu...), unless an r or
 *	 l with a vowel follows (弗拉, fla; 克林顿, klindon; but 赫尔穆特,
 *	 helmut) or it is an s (斯大林, sdalin); a word of one such character
 *	 keeps its vowel;
 * - an n that ends a syllable as m before m, b and p (穆罕默德, muhammod).
 *
 * The tables write r and l with characters of their own in some syllables
 * (罗 ro, 洛 lo; 里 ri, 利 li; 鲁 ru, 卢 lu), with one in others (拉 is la
 * and ra, 尔 a final r or l), the zh of Russian and the j of French
 * with the characters of pinyin r (热 茹 若: 茹科夫, zhukof), and both f and
 * v with 弗 and 夫.  The reading has six forms, each a reading of the
 * query kept beside the name as the normaliser writes it (the score keeps
 * the best): the characters of r or l written r (贝拉克, berak, Barack), l
 * (拉登, laden), or l but 尔 r (谢尔盖·拉夫罗夫, sergei lafrof), and each
 * with the characters that Russian names take for di, de and cho (基 and
 * 吉 in 弗拉基米尔, 京 in 普京, 杰 in 梅德韦杰夫, 乔 in 戈尔巴乔夫) read as
 * di, tin, de and cho.  The words of each also read b and p as v and f and
 * an initial r as l (phonetic.h, reading 4).
 *
 * Only a name of two words or more apart by a middle dot (spaces around it
 * or not), of nothing but characters of the set, dots and spaces, is read
 * so: Chinese names are written without the dot and most have a character
 * outside the set, and a Japanese name with the dot has kana or kanji
 * outside it.
 */
#include "han_loan.h"

#include <stdlib.h>
#include <string.h>

#include <unicode/utf8.h>

/* A character Chinese writes foreign names with */
typedef struct han_syllable
{
	uint16_t	c;
	const char *syl;			/* the syllable it stands for, L for a
								 * consonant that is r or l */
	const char *dental;			/* ... in the dental forms, if other */
	bool		bare;			/* writes a consonant: its vowel may be left out */
} han_syllable;

/* sorted by code point */
static const han_syllable han_table[] = {
	{0x4E01, "din", NULL, 0},	/* 丁 */
	{0x4E07, "wan", NULL, 0},	/* 万 */
	{0x4E18, "chu", NULL, 0},	/* 丘 */
	{0x4E1C, "don", NULL, 0},	/* 东 */
	{0x4E30, "fen", NULL, 0},	/* 丰 */
	{0x4E39, "dan", NULL, 0},	/* 丹 */
	{0x4E3D, "li", NULL, 0},	/* 丽 */
	{0x4E45, "ju", NULL, 0},	/* 久 */
	{0x4E4C, "u", NULL, 0},	/* 乌 */
	{0x4E54, "jo", "cho", 0},	/* 乔 */
	{0x4E8E, "yu", NULL, 0},	/* 于 */
	{0x4E9A, "ya", NULL, 0},	/* 亚 */
	{0x4EA8, "hen", NULL, 0},	/* 亨 */
	{0x4EAC, "jin", "tin", 0},	/* 京 */
	{0x4EC0, "shi", NULL, 1},	/* 什 */
	{0x4ED1, "Lun", NULL, 0},	/* 仑 */
	{0x4EE3, "dai", NULL, 0},	/* 代 */
	{0x4F0A, "i", NULL, 0},	/* 伊 */
	{0x4F11, "hyu", NULL, 0},	/* 休 */
	{0x4F18, "yu", NULL, 0},	/* 优 */
	{0x4F26, "Len", NULL, 0},	/* 伦 */
	{0x4F2F, "bo", NULL, 1},	/* 伯 */
	{0x4F50, "zo", NULL, 0},	/* 佐 */
	{0x4F5B, "fo", NULL, 0},	/* 佛 */
	{0x4F69, "pe", NULL, 0},	/* 佩 */
	{0x4F9D, "i", NULL, 0},	/* 依 */
	{0x4FAF, "ho", NULL, 0},	/* 侯 */
	{0x4FDD, "bo", NULL, 0},	/* 保 */
	{0x5112, "zhu", NULL, 0},	/* 儒 */
	{0x514B, "ke", NULL, 1},	/* 克 */
	{0x5170, "Lan", NULL, 0},	/* 兰 */
	{0x5179, "zi", NULL, 1},	/* 兹 */
	{0x5185, "ne", NULL, 0},	/* 内 */
	{0x5188, "gan", NULL, 0},	/* 冈 */
	{0x519C, "non", NULL, 0},	/* 农 */
	{0x51E1, "fan", NULL, 0},	/* 凡 */
	{0x51EF, "kai", NULL, 0},	/* 凯 */
	{0x5207, "che", NULL, 0},	/* 切 */
	{0x5217, "le", NULL, 0},	/* 列 */
	{0x5229, "li", NULL, 0},	/* 利 */
	{0x522B, "be", NULL, 0},	/* 别 */
	{0x529B, "li", NULL, 0},	/* 力 */
	{0x52A0, "ga", NULL, 0},	/* 加 */
	{0x52AA, "nu", NULL, 0},	/* 努 */
	{0x52B3, "lo", NULL, 0},	/* 劳 */
	{0x52D2, "le", NULL, 1},	/* 勒 */
	{0x534E, "wa", NULL, 0},	/* 华 */
	{0x5353, "jo", NULL, 0},	/* 卓 */
	{0x5357, "nan", NULL, 0},	/* 南 */
	{0x535A, "bo", NULL, 0},	/* 博 */
	{0x535C, "bu", NULL, 1},	/* 卜 */
	{0x5361, "ka", NULL, 0},	/* 卡 */
	{0x5362, "lu", NULL, 0},	/* 卢 */
	{0x536B, "wi", NULL, 0},	/* 卫 */
	{0x5384, "e", NULL, 0},	/* 厄 */
	{0x5386, "li", NULL, 0},	/* 历 */
	{0x53E4, "gu", NULL, 0},	/* 古 */
	{0x53F6, "ye", NULL, 0},	/* 叶 */
	{0x5409, "gi", "di", 0},	/* 吉 */
	{0x54C8, "ha", NULL, 0},	/* 哈 */
	{0x54E5, "go", NULL, 0},	/* 哥 */
	{0x54F2, "je", NULL, 0},	/* 哲 */
	{0x5510, "tan", NULL, 0},	/* 唐 */
	{0x5580, "ka", NULL, 0},	/* 喀 */
	{0x56E0, "in", NULL, 0},	/* 因 */
	{0x56FE, "tu", NULL, 0},	/* 图 */
	{0x572D, "gi", NULL, 0},	/* 圭 */
	{0x574E, "kan", NULL, 0},	/* 坎 */
	{0x5766, "tan", NULL, 0},	/* 坦 */
	{0x57C3, "e", NULL, 0},	/* 埃 */
	{0x57FA, "ki", "di", 0},	/* 基 */
	{0x5854, "ta", NULL, 0},	/* 塔 */
	{0x585E, "sai", NULL, 0},	/* 塞 */
	{0x58A8, "mo", NULL, 0},	/* 墨 */
	{0x590F, "sha", NULL, 0},	/* 夏 */
	{0x591A, "do", NULL, 0},	/* 多 */
	{0x5927, "da", NULL, 0},	/* 大 */
	{0x592B, "fu", NULL, 1},	/* 夫 */
	{0x5938, "kwa", NULL, 0},	/* 夸 */
	{0x5947, "chi", NULL, 1},	/* 奇 */
	{0x5948, "nai", NULL, 0},	/* 奈 */
	{0x594E, "kwi", NULL, 0},	/* 奎 */
	{0x5951, "chi", NULL, 0},	/* 契 */
	{0x5965, "o", NULL, 0},	/* 奥 */
	{0x59AE, "ni", NULL, 0},	/* 妮 */
	{0x59C6, "mu", NULL, 1},	/* 姆 */
	{0x5A01, "wi", NULL, 0},	/* 威 */
	{0x5A03, "wa", NULL, 0},	/* 娃 */
	{0x5A05, "ya", NULL, 0},	/* 娅 */
	{0x5A1C, "na", NULL, 0},	/* 娜 */
	{0x5AE9, "nen", NULL, 0},	/* 嫩 */
	{0x5B54, "kon", NULL, 0},	/* 孔 */
	{0x5B5F, "men", NULL, 0},	/* 孟 */
	{0x5B63, "ji", "di", 0},	/* 季 */
	{0x5B81, "nin", NULL, 0},	/* 宁 */
	{0x5B89, "an", NULL, 0},	/* 安 */
	{0x5B97, "zon", NULL, 0},	/* 宗 */
	{0x5BBE, "bin", NULL, 0},	/* 宾 */
	{0x5BC6, "mi", NULL, 0},	/* 密 */
	{0x5BC7, "ko", NULL, 0},	/* 寇 */
	{0x5BCC, "fu", NULL, 0},	/* 富 */
	{0x5BDF, "cha", NULL, 0},	/* 察 */
	{0x5C14, "L", NULL, 1},	/* 尔 */
	{0x5C1A, "shan", NULL, 0},	/* 尚 */
	{0x5C24, "yu", NULL, 0},	/* 尤 */
	{0x5C3C, "ni", NULL, 0},	/* 尼 */
	{0x5C45, "ju", NULL, 0},	/* 居 */
	{0x5C71, "shan", NULL, 0},	/* 山 */
	{0x5DF4, "ba", NULL, 0},	/* 巴 */
	{0x5E03, "bu", NULL, 1},	/* 布 */
	{0x5E0C, "hi", NULL, 0},	/* 希 */
	{0x5E15, "pa", NULL, 0},	/* 帕 */
	{0x5E1D, "di", NULL, 0},	/* 帝 */
	{0x5E2D, "si", NULL, 0},	/* 席 */
	{0x5E73, "pin", NULL, 0},	/* 平 */
	{0x5E93, "ku", NULL, 0},	/* 库 */
	{0x5E9E, "pan", NULL, 0},	/* 庞 */
	{0x5EB7, "kan", NULL, 0},	/* 康 */
	{0x5EC9, "lian", NULL, 0},	/* 廉 */
	{0x5ED6, "lyo", NULL, 0},	/* 廖 */
	{0x5EF7, "tin", NULL, 0},	/* 廷 */
	{0x5F17, "fu", NULL, 1},	/* 弗 */
	{0x5F53, "dan", NULL, 0},	/* 当 */
	{0x5F6D, "pen", NULL, 0},	/* 彭 */
	{0x5F7C, "pe", NULL, 0},	/* 彼 */
	{0x5F97, "de", NULL, 1},	/* 得 */
	{0x5FB7, "de", NULL, 1},	/* 德 */
	{0x6000, "wai", NULL, 0},	/* 怀 */
	{0x6069, "en", NULL, 0},	/* 恩 */
	{0x60E0, "hui", NULL, 0},	/* 惠 */
	{0x6155, "mu", NULL, 0},	/* 慕 */
	{0x6208, "go", NULL, 0},	/* 戈 */
	{0x6234, "dai", NULL, 0},	/* 戴 */
	{0x624E, "za", NULL, 0},	/* 扎 */
	{0x6258, "to", NULL, 0},	/* 托 */
	{0x626C, "yan", NULL, 0},	/* 扬 */
	{0x62C9, "La", NULL, 0},	/* 拉 */
	{0x62DC, "bai", NULL, 0},	/* 拜 */
	{0x63D0, "ti", NULL, 0},	/* 提 */
	{0x6469, "mo", NULL, 0},	/* 摩 */
	{0x654F, "min", NULL, 0},	/* 敏 */
	{0x6566, "dun", NULL, 0},	/* 敦 */
	{0x6587, "wen", NULL, 0},	/* 文 */
	{0x65AF, "si", NULL, 1},	/* 斯 */
	{0x65B9, "fan", NULL, 0},	/* 方 */
	{0x65BD, "shi", NULL, 0},	/* 施 */
	{0x65FA, "wan", NULL, 0},	/* 旺 */
	{0x6602, "an", NULL, 0},	/* 昂 */
	{0x6606, "kun", NULL, 0},	/* 昆 */
	{0x660E, "min", NULL, 0},	/* 明 */
	{0x6613, "i", NULL, 0},	/* 易 */
	{0x666E, "pu", NULL, 1},	/* 普 */
	{0x66FC, "man", NULL, 0},	/* 曼 */
	{0x66FE, "zen", NULL, 0},	/* 曾 */
	{0x6714, "sho", NULL, 0},	/* 朔 */
	{0x6717, "Lan", NULL, 0},	/* 朗 */
	{0x672C, "ben", NULL, 0},	/* 本 */
	{0x6731, "ju", NULL, 0},	/* 朱 */
	{0x6735, "do", NULL, 0},	/* 朵 */
	{0x675C, "du", NULL, 0},	/* 杜 */
	{0x6765, "Lai", NULL, 0},	/* 来 */
	{0x676D, "han", NULL, 0},	/* 杭 */
	{0x6770, "je", "de", 0},	/* 杰 */
	{0x677E, "son", NULL, 0},	/* 松 */
	{0x6797, "lin", NULL, 0},	/* 林 */
	{0x679C, "go", NULL, 0},	/* 果 */
	{0x67E5, "cha", NULL, 0},	/* 查 */
	{0x67EF, "ko", NULL, 0},	/* 柯 */
	{0x67F3, "lyu", NULL, 0},	/* 柳 */
	{0x67F4, "chai", NULL, 0},	/* 柴 */
	{0x6839, "gen", NULL, 0},	/* 根 */
	{0x683C, "ge", NULL, 1},	/* 格 */
	{0x6851, "san", NULL, 0},	/* 桑 */
	{0x6885, "me", NULL, 0},	/* 梅 */
	{0x68EE, "sen", NULL, 0},	/* 森 */
	{0x695A, "chu", NULL, 0},	/* 楚 */
	{0x6B23, "sin", NULL, 0},	/* 欣 */
	{0x6B27, "o", NULL, 0},	/* 欧 */
	{0x6BD4, "bi", NULL, 0},	/* 比 */
	{0x6BDB, "mo", NULL, 0},	/* 毛 */
	{0x6C40, "tin", NULL, 0},	/* 汀 */
	{0x6C49, "han", NULL, 0},	/* 汉 */
	{0x6C83, "wo", NULL, 0},	/* 沃 */
	{0x6C99, "sha", NULL, 0},	/* 沙 */
	{0x6CBB, "ji", NULL, 0},	/* 治 */
	{0x6CD5, "fa", NULL, 0},	/* 法 */
	{0x6CE2, "po", NULL, 0},	/* 波 */
	{0x6CF0, "tai", NULL, 0},	/* 泰 */
	{0x6CFD, "ze", NULL, 0},	/* 泽 */
	{0x6D1B, "lo", NULL, 0},	/* 洛 */
	{0x6D25, "jin", NULL, 0},	/* 津 */
	{0x6D2A, "hon", NULL, 0},	/* 洪 */
	{0x6D3E, "pai", NULL, 0},	/* 派 */
	{0x6D77, "hai", NULL, 0},	/* 海 */
	{0x6E29, "wen", NULL, 0},	/* 温 */
	{0x6ED5, "ten", NULL, 0},	/* 滕 */
	{0x6F58, "pan", NULL, 0},	/* 潘 */
	{0x70C8, "le", NULL, 0},	/* 烈 */
	{0x70ED, "zhe", NULL, 0},	/* 热 */
	{0x7231, "ai", NULL, 0},	/* 爱 */
	{0x7279, "te", NULL, 1},	/* 特 */
	{0x739B, "ma", NULL, 0},	/* 玛 */
	{0x73C0, "po", NULL, 0},	/* 珀 */
	{0x73CA, "shan", NULL, 0},	/* 珊 */
	{0x73CD, "jen", NULL, 0},	/* 珍 */
	{0x73ED, "ban", NULL, 0},	/* 班 */
	{0x7433, "lin", NULL, 0},	/* 琳 */
	{0x743C, "jon", NULL, 0},	/* 琼 */
	{0x7459, "no", NULL, 0},	/* 瑙 */
	{0x745E, "rui", NULL, 0},	/* 瑞 */
	{0x745F, "se", NULL, 0},	/* 瑟 */
	{0x74E6, "wa", NULL, 0},	/* 瓦 */
	{0x7518, "gan", NULL, 0},	/* 甘 */
	{0x7533, "shen", NULL, 0},	/* 申 */
	{0x7559, "lyu", NULL, 0},	/* 留 */
	{0x7565, "lyo", NULL, 0},	/* 略 */
	{0x767B, "den", NULL, 0},	/* 登 */
	{0x76AE, "pi", NULL, 0},	/* 皮 */
	{0x76D6, "gei", NULL, 0},	/* 盖 */
	{0x771F, "jen", NULL, 0},	/* 真 */
	{0x7956, "zu", NULL, 0},	/* 祖 */
	{0x798F, "fo", NULL, 0},	/* 福 */
	{0x79CB, "chu", NULL, 0},	/* 秋 */
	{0x79D1, "ko", NULL, 0},	/* 科 */
	{0x7A46, "mu", NULL, 0},	/* 穆 */
	{0x7ACB, "li", NULL, 0},	/* 立 */
	{0x7B56, "tse", NULL, 0},	/* 策 */
	{0x7C73, "mi", NULL, 0},	/* 米 */
	{0x7D22, "so", NULL, 0},	/* 索 */
	{0x7EA6, "yo", NULL, 0},	/* 约 */
	{0x7EB3, "na", NULL, 0},	/* 纳 */
	{0x7EBD, "nyu", NULL, 0},	/* 纽 */
	{0x7ECD, "sho", NULL, 0},	/* 绍 */
	{0x7EF4, "wi", NULL, 0},	/* 维 */
	{0x7F2A, "myu", NULL, 0},	/* 缪 */
	{0x7F55, "han", NULL, 0},	/* 罕 */
	{0x7F57, "ro", NULL, 0},	/* 罗 */
	{0x7F8E, "me", NULL, 0},	/* 美 */
	{0x7FC1, "won", NULL, 0},	/* 翁 */
	{0x7FF0, "han", NULL, 0},	/* 翰 */
	{0x8003, "ko", NULL, 0},	/* 考 */
	{0x8036, "ye", NULL, 0},	/* 耶 */
	{0x8096, "sho", NULL, 0},	/* 肖 */
	{0x80AF, "ken", NULL, 0},	/* 肯 */
	{0x80E1, "hu", NULL, 0},	/* 胡 */
	{0x817E, "ten", NULL, 0},	/* 腾 */
	{0x820D, "she", NULL, 0},	/* 舍 */
	{0x8212, "shu", NULL, 0},	/* 舒 */
	{0x827E, "ai", NULL, 0},	/* 艾 */
	{0x8292, "man", NULL, 0},	/* 芒 */
	{0x82AC, "fen", NULL, 0},	/* 芬 */
	{0x82CF, "su", NULL, 0},	/* 苏 */
	{0x82E5, "zho", NULL, 0},	/* 若 */
	{0x82F1, "in", NULL, 0},	/* 英 */
	{0x8302, "mo", NULL, 0},	/* 茂 */
	{0x8303, "fan", NULL, 0},	/* 范 */
	{0x8328, "tsi", NULL, 1},	/* 茨 */
	{0x8339, "zhu", NULL, 0},	/* 茹 */
	{0x8363, "zhon", NULL, 0},	/* 荣 */
	{0x8389, "li", NULL, 0},	/* 莉 */
	{0x838E, "sha", NULL, 0},	/* 莎 */
	{0x83AB, "mo", NULL, 0},	/* 莫 */
	{0x83B1, "Lai", NULL, 0},	/* 莱 */
	{0x83F2, "fi", NULL, 0},	/* 菲 */
	{0x8427, "sho", NULL, 0},	/* 萧 */
	{0x8428, "sa", NULL, 0},	/* 萨 */
	{0x8482, "di", NULL, 0},	/* 蒂 */
	{0x8499, "mon", NULL, 0},	/* 蒙 */
	{0x84EC, "pon", NULL, 0},	/* 蓬 */
	{0x857E, "Le", NULL, 0},	/* 蕾 */
	{0x897F, "si", NULL, 0},	/* 西 */
	{0x8A79, "jan", NULL, 0},	/* 詹 */
	{0x8BFA, "no", NULL, 0},	/* 诺 */
	{0x8C22, "se", NULL, 0},	/* 谢 */
	{0x8C6A, "ho", NULL, 0},	/* 豪 */
	{0x8D1D, "be", NULL, 0},	/* 贝 */
	{0x8D21, "gon", NULL, 0},	/* 贡 */
	{0x8D39, "fe", NULL, 0},	/* 费 */
	{0x8D3E, "ja", NULL, 0},	/* 贾 */
	{0x8D5B, "sai", NULL, 0},	/* 赛 */
	{0x8D5E, "zan", NULL, 0},	/* 赞 */
	{0x8D6B, "he", NULL, 1},	/* 赫 */
	{0x8DEF, "lu", NULL, 0},	/* 路 */
	{0x8F66, "che", NULL, 0},	/* 车 */
	{0x8F9B, "sin", NULL, 0},	/* 辛 */
	{0x8FBE, "da", NULL, 0},	/* 达 */
	{0x8FC8, "mai", NULL, 0},	/* 迈 */
	{0x8FEA, "di", NULL, 0},	/* 迪 */
	{0x900A, "son", NULL, 0},	/* 逊 */
	{0x901A, "ton", NULL, 0},	/* 通 */
	{0x9053, "do", NULL, 0},	/* 道 */
	{0x90A6, "ban", NULL, 0},	/* 邦 */
	{0x91C7, "tsai", NULL, 0},	/* 采 */
	{0x91CC, "ri", NULL, 0},	/* 里 */
	{0x91D1, "kin", NULL, 0},	/* 金 */
	{0x94A6, "chin", NULL, 0},	/* 钦 */
	{0x9521, "si", NULL, 0},	/* 锡 */
	{0x95E8, "men", NULL, 0},	/* 门 */
	{0x9614, "ko", NULL, 0},	/* 阔 */
	{0x963F, "a", NULL, 0},	/* 阿 */
	{0x9648, "chen", NULL, 0},	/* 陈 */
	{0x9676, "to", NULL, 0},	/* 陶 */
	{0x9686, "lon", NULL, 0},	/* 隆 */
	{0x96C5, "ya", NULL, 0},	/* 雅 */
	{0x96F7, "Le", NULL, 0},	/* 雷 */
	{0x970D, "ho", NULL, 0},	/* 霍 */
	{0x97E6, "we", NULL, 0},	/* 韦 */
	{0x987F, "don", NULL, 0},	/* 顿 */
	{0x989D, "e", NULL, 0},	/* 额 */
	{0x9A6C, "ma", NULL, 0},	/* 马 */
	{0x9AD8, "go", NULL, 0},	/* 高 */
	{0x9C81, "ru", NULL, 0},	/* 鲁 */
	{0x9C8D, "bo", NULL, 0},	/* 鲍 */
	{0x9EA6, "mai", NULL, 0},	/* 麦 */
	{0x9ECE, "li", NULL, 0},	/* 黎 */
	{0x9ED1, "he", NULL, 0},	/* 黑 */
	{0x9ED8, "mo", NULL, 0},	/* 默 */
	{0x9EDB, "dai", NULL, 0},	/* 黛 */
	{0x9F50, "chi", NULL, 0},	/* 齐 */
	{0x9F99, "lon", NULL, 0},	/* 龙 */
};

#define HAN_TABLE_LEN ((int) (sizeof(han_table) / sizeof(han_table[0])))

static int
cmp_han(const void *a, const void *b)
{
	return (int) ((const han_syllable *) a)->c - (int) ((const han_syllable *) b)->c;
}

/* The row of c, or NULL when Chinese does not write foreign names with it */
static const han_syllable *
lookup(UChar32 c)
{
	han_syllable key;

	if (c < 0x4E00 || c > 0x9FFF)
		return NULL;
	key.c = (uint16_t) c;
	return bsearch(&key, han_table, HAN_TABLE_LEN, sizeof(han_syllable), cmp_han);
}

/* Is c a Han character (the unified ideographs and their extensions)? */
static bool
is_han(UChar32 c)
{
	return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
		(c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x323AF);
}


bool
sn_han_loan_shaped(const char *utf8, size_t len)
{
	const uint8_t *p = (const uint8_t *) utf8;
	int32_t		i = 0,
				n = (int32_t) len;
	bool		in_word = false,
				after_word = false, /* a word, then spaces only */
				after_dot = false,	/* a word, then a dot (and spaces) */
				dot = false;

	if (len > SN_READING_MAX_BYTES)
		return false;
	while (i < n)
	{
		UChar32		c;

		U8_NEXT(p, i, n, c);
		if (is_han(c))
		{
			if (lookup(c) == NULL)
				return false;
			/* a word that a dot parts from the word before it */
			if (!in_word && after_dot)
				dot = true;
			in_word = true;
			after_word = after_dot = false;
		}
		else if (sn_middle_dot(c))
		{
			after_dot = in_word || after_word;
			in_word = after_word = false;
		}
		else if (c == ' ' || c == '\t' || c == 0x00A0 || c == 0x3000)
		{
			after_word |= in_word;
			in_word = false;
		}
		else
			return false;		/* kana, Latin letters, digits: not such a name */
	}
	return dot;
}

/* Does a syllable begin with a vowel? */
static inline bool
vowel_first(const char *syl)
{
	return strchr("aeiou", syl[0]) != NULL;
}

#define MAX_WORD 64

/* Write n bytes of syllable syl, its L in the form rl's letter */
static void
write_syllable(sn_buf *out, const char *syl, size_t n, sn_han_loan_form rl)
{
	if (syl[0] == 'L')
	{
		/* 尔 alone is the r of the mixed form */
		sn_buf_putc(out, rl == SN_HAN_LOAN_RHOTIC ||
					(rl == SN_HAN_LOAN_MIXED && syl[1] == '\0') ? 'r' : 'l');
		syl++;
		n--;
	}
	sn_buf_append(out, syl, n);
}

/* Write one word of characters (rows w[0..nw-1]) */
static void
write_word(const han_syllable *const *w, int nw, sn_han_loan_form form, sn_buf *out)
{
	bool		dental = form >= SN_HAN_LOAN_RHOTIC_DENTAL;
	sn_han_loan_form rl = dental ? form - SN_HAN_LOAN_RHOTIC_DENTAL : form;
	int			k;

	for (k = 0; k < nw; k++)
	{
		const char *syl = dental && w[k]->dental ? w[k]->dental : w[k]->syl;
		size_t		n = strlen(syl);

		if (w[k]->bare && nw > 1)
		{
			const han_syllable *next = k + 1 < nw ? w[k + 1] : NULL;

			/* (尔, L alone, brings no vowel for the cluster) */
			if (next == NULL ||
				(!vowel_first(next->syl) &&
				 (k > 0 || syl[0] == 's' ||
				  (strchr("lrL", next->syl[0]) != NULL && next->syl[1] != '\0'))))
				n = strcspn(syl, "aeiou");	/* the consonant */
		}
		/* a last n is m before m, b and p (穆罕默德, muhammod), as said */
		if (n >= 2 && syl[n - 1] == 'n' && k + 1 < nw &&
			strchr("mbp", w[k + 1]->syl[0]) != NULL)
		{
			write_syllable(out, syl, n - 1, rl);
			sn_buf_putc(out, 'm');
			continue;
		}
		write_syllable(out, syl, n, rl);
	}
}

void
sn_han_loan_write(const char *utf8, size_t len, sn_han_loan_form form, sn_buf *out)
{
	const uint8_t *p = (const uint8_t *) utf8;
	const han_syllable *word[MAX_WORD];
	int32_t		i = 0,
				n = (int32_t) len;
	int			nw = 0;

	while (i < n)
	{
		int32_t		start = i;
		UChar32		c;
		const han_syllable *h;

		U8_NEXT(p, i, n, c);
		h = c >= 0 ? lookup(c) : NULL;
		if (h != NULL)
		{
			/*
			 * a word longer than any name's is written in pieces, each
			 * read as a word
			 */
			if (nw == MAX_WORD)
			{
				write_word(word, nw, form, out);
				nw = 0;
			}
			word[nw++] = h;
			continue;
		}
		write_word(word, nw, form, out);
		nw = 0;
		if (c >= 0 && sn_middle_dot(c))
			sn_buf_putc(out, ' ');
		else
			sn_buf_append(out, utf8 + start, (size_t) (i - start));
	}
	write_word(word, nw, form, out);
}

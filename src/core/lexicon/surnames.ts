/**
 * Common Chinese, Korean and Vietnamese surnames, written first in a name ("Zeng Guofan", "Park
 * Ji-sung", "Nguyen Van An"). The tagger knows few of the given names after them, so a surname
 * from this list, before one or two plain name words, marks a person.
 */
export const SURNAMES_FIRST: ReadonlySet<string> = new Set(
  (
    'Bai Cai Cao Chen Cheng Cui Dai Deng Ding Dong Du Duan Fan Fang Feng Fu Gao Gong Gu Guo Han ' +
    'Hao He Hou Hu Huang Jia Jiang Jin Kong Lai Lei Li Liang Liao Lin Liu Long Lu Luo Ma Mao Meng ' +
    'Pan Peng Qian Qin Qiu Ren Shao Shen Shi Song Su Sun Tan Tang Tian Wan Wang Wei Wen Wu Xia Xiao ' +
    'Xie Xiong Xu Xue Yan Yang Yao Ye Yin Yu Yuan Zeng Zhang Zhao Zheng Zhong Zhou Zhu Zou ' +
    'Tong Qu Ge Hong Ji Jiao Mei Nie Ou Pei Rong Tao Xing Yue Zhan Zuo Zhuang Xi Bao Mo Lei ' +
    'Kim Park Choi Jung Jeong Kang Cho Yoon Jang Lim Shin Seo Kwon Hwang Ahn Ryu Baek ' +
    'Nguyen Tran Pham Hoang Huynh Phan Vu Vo Dang Bui Ngo Duong Ly'
  ).split(' '),
);

/** Words for "son of" or "daughter of" inside an Arabic name ("Qabus ibn Wushmagir"). */
export const FATHER_WORDS: ReadonlySet<string> = new Set(['ibn', 'bin', 'bint']);

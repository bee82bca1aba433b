// Deterministic generator of the varied strings the exactness tests compare against the
// reference tokenizers. Same seed, same strings, on every machine: no Math.random, no dates.

function mulberry32(seed) {
  return () => {
    seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pools = {
  emoji: ['😀', '👍🏽', '👨‍👩‍👧‍👦', '🏳️‍🌈', '🇨🇳', '🇺🇸', '❤️', '🧑🏿‍💻', '👩‍❤️‍💋‍👨', '🤖', '🎉🎉🎉', '☕', '✅', '🙂🙃', '🫠', '1️⃣', '#️⃣', '👁️‍🗨️'],
  zh: ['你好，世界！', '知识是一种力量。', '本地优先的知识引擎', '我们在二〇二四年发布了第一个版本', '《论语》：学而时习之，不亦说乎？', '模型调用按百万词元计费', '中文分词与英文词干提取', '“引号”和「括号」', '繁體中文與簡體中文', '人工智能（AI）'],
  ja: ['こんにちは世界', 'カタカナとひらがな', '東京都渋谷区', '日本語の文章を書きます。', 'ｶﾀｶﾅ半角', 'ー〜・'],
  ko: ['안녕하세요 세계', '한국어 텍스트입니다.', '서울특별시', '가나다라마바사'],
  ar: ['مرحبا بالعالم', 'اللغة العربية جميلة', 'الذكاء الاصطناعي ٢٠٢٤', 'كِتَابٌ'],
  other: ['Привет, мир!', 'Γειά σου Κόσμε', 'שלום עולם', 'नमस्ते दुनिया', 'สวัสดีชาวโลก', 'Tiếng Việt có dấu', 'Ærøskøbing', 'naïve café résumé', 'straße STRASSE', 'e\u0301te\u0301 (NFD)', 'ﬁ ligature', 'Ω≈ç√∫'],
  en: ['Hello, world!', "It's a dog's life; they're here, we've gone, I'm fine, you'll see, he'd know.", "IT'S LOUD AND THEY'RE YELLING", 'The quick brown fox jumps over the lazy dog.', 'local-first knowledge engine', 'e.g. i.e. etc. Mr. Smith', 'state-of-the-art', "don't won't can't shouldn't", 'U.S.A.', 'ALLCAPS lowercase CamelCaseWord snake_case_word kebab-case-word'],
  code: ['function f(x) { return x * 2; }', 'for (int i = 0; i < n; i++) {\n    sum += a[i];\n}', 'def main():\n\tprint("hi")\n', '{"key": [1, 2, 3], "nested": {"a": null}}', '<div class="x">&amp;</div>', 'SELECT * FROM items WHERE id = 42;', 'x => x?.Value ?? default', '#include <stdio.h>', 'git commit -m "fix: bug #123"', '$ echo $HOME | grep -E "^/r"', 'https://doi.org/10.1000/xyz123?a=1&b=2#frag', 'ORCID 0000-0002-1825-0097, ISSN 2049-3630'],
  ws: [' ', '  ', '   ', '\t', '\t\t', '\n', '\n\n', '\r\n', '\r\n\r\n', ' \n ', '        ', '\u00a0', '\u3000', '\u2003', ' \t \n', '\n    ', '                          '],
  digits: ['0', '42', '123456789', '3.14159265358979', '1,234,567.89', '2024-06-01', '12:30:45', '+86 10 1234 5678', '٣٤٥', '１２３', '1e-10', '0x1F600', '99999999999999999999'],
  control: ['\u0000', '\u0001', '\u0007', '\u001b[31m', '\u007f', '\u0085', '\u200b', '\u200d', '\ufeff', '\u2028', '\u00ad'],
  supplementary: ['𠀀𠀁', '𝐀𝐁𝐂 𝟏𝟐', '𐌰𐌱', '𩸽', '𓀀', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢'],
  punct: ['...', '!!!', '???', '—', '–', '…', '«»', '()', '[]{}', '@#$%^&*', "'''", '"', "'s", "'S", "'ll", '、。', '！？', '：；'],
};
const names = Object.keys(pools);

function longWord(r) {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const n = 15 + Math.floor(r() * 60);
  let s = '';
  for (let i = 0; i < n; i++) s += letters[Math.floor(r() * (r() < 0.5 ? 3 : 26))];
  return s;
}

function fragment(r) {
  const roll = r();
  if (roll < 0.05) return longWord(r);
  if (roll < 0.08) return 'a'.repeat(20 + Math.floor(r() * 200));
  if (roll < 0.10) return '中'.repeat(5 + Math.floor(r() * 50));
  const pool = pools[names[Math.floor(r() * names.length)]];
  return pool[Math.floor(r() * pool.length)];
}

const separators = ['', ' ', ' ', ' ', '\n', ', ', '  ', '\t', '。'];

/** The strings: every pool member alone, then mixtures of 1 to 8 fragments. */
export function generate(count = 1200, seed = 20240601) {
  const r = mulberry32(seed);
  const out = [];
  for (const name of names) for (const s of pools[name]) out.push(s);
  while (out.length < count) {
    const parts = 1 + Math.floor(r() * 8);
    let s = '';
    for (let i = 0; i < parts; i++) {
      if (i > 0) s += separators[Math.floor(r() * separators.length)];
      s += fragment(r);
    }
    out.push(s);
  }
  return out;
}

// CLDR's numbers as a browser writes them, for the test that checks the game writes the same
// (src/report/numbers.rs). Run with Node (Debian's `nodejs` has full ICU):
//   node scripts/cldr-numbers.js > tests/fixtures/cldr-numbers.json
const values = [0, 0.5, 0.75, 1, 1.5, 6.5, 12, 103.5, 739.7, 999, 1000, 2021, 6558, 9999,
  10000, 31600, 115000, 1234567.5, 42000000, 1e9, 0.125, 3.25];
const out = {};
for (const lang of ["en", "fr", "nl", "de"]) {
  const opts = { maximumFractionDigits: 20 };
  const grouped = new Intl.NumberFormat(lang, opts);
  const plain = new Intl.NumberFormat(lang, { ...opts, useGrouping: false });
  out[lang] = values.map((value) => ({
    value,
    grouped: grouped.format(value),
    plain: plain.format(value),
  }));
}
console.log(JSON.stringify(out, null, 1));

import { exportFormats } from '../index.ts';

const general = `quizgen: turns an article into grounded multiple-choice and true/false questions, offline.

Usage
  quizgen generate <file|-> [--mc N] [--tf N] [--seed N] [--format text|json]
  quizgen generate <file>... --out-dir DIR [--format json|text]
  quizgen audit <quiz.json> [--format text|json]
  quizgen export <quiz.json> --format FORMAT [--out FILE]
  quizgen module <file|-> [--format md|html|json|tsv] [--out FILE]
  quizgen print <article|quiz.json|-> [--versions N] [--seed N] [--pdf FILE]
  quizgen <command> --help
  quizgen --version

Exit codes: 0 done, 1 bad input or a failed check, 2 bad command line.
`;

const generate = `Usage
  quizgen generate <file|-> [options]          one quiz on standard output
  quizgen generate <file>... --out-dir DIR     one quiz file per article

Reads a plain-text English article (UTF-8; "-" reads standard input) and writes a quiz.

Options
  --mc N          multiple-choice questions wanted (0-50; default 6)
  --tf N          true/false questions wanted (0-50; default 4)
  --seed N        seed of every random choice (whole number; default 1)
  --title TEXT    title of the quiz instead of the one found in the text
  --format F      text: readable quiz and answer key (default); json: quiz JSON (quizgen/quiz@1)
  --out-dir DIR   write DIR/<name>.quiz.json (or .quiz.txt) per article and print a summary
  -h, --help      this help

When fewer questions pass the quality gates than were asked for, the reason is printed on stderr.
`;

const audit = `Usage
  quizgen audit <quiz.json> [--format text|json]

Validates a quiz (teacher form) against the quiz JSON Schema and runs the automatic quality checks:
exact evidence, key in evidence, key in prompt, duplicates, key length, blind solvers, true/false
balance, the negation guesser, false statements copied from the article, requested counts.
Exits 1 when a hard check fails.
`;

const print = `Usage
  quizgen print <article|quiz.json|-> [options] > quiz.html
  quizgen print <article|quiz.json|-> [options] --pdf quiz.pdf

Lays a quiz out for paper: name, class and date lines, numbered questions with lettered options,
True and False boxes for statements, and one answer key per version on pages of their own. The
input is a quiz JSON file (teacher form) or an article, made into a quiz as generate does.
The HTML file holds its own stylesheet and prints offline from any browser.

Options
  --versions N    versions A, B, C… with questions and options shuffled apart (1-26; default 1);
                  version A keeps the quiz's order, and every key names the question ids
  --seed N        seed of the shuffles, and of the quiz made from an article (default: the quiz's)
  --mc N, --tf N  questions wanted from an article (as in generate; not for a quiz JSON file)
  --paper P       a4 or letter: fix the page size (default: the printer's; a4 for --pdf)
  --pdf FILE      print to a PDF file with Chromium (found at QUIZGEN_CHROMIUM, else
                  /usr/bin/chromium; install it with: sudo apt-get install chromium)
  -h, --help      this help
`;

const moduleHelp = `Usage
  quizgen module <file|-> [options]

Reads a plain-text English article (UTF-8; "-" reads standard input) and writes its learning
module: key points, who's who, places, key numbers, dates, quotes with their speakers and
flashcards, every item linked to the sentence it comes from.

Options
  --format F      md: Markdown (default); html: one page that works offline and prints well;
                  json: the module (quizgen/module@1); tsv: the flashcards for Anki or Quizlet
  --title TEXT    title of the module instead of the one found in the text
  --out FILE      write to FILE instead of standard output
  -h, --help      this help
`;

function exportHelp(): string {
  const width = Math.max(...exportFormats.map((f) => f.format.length));
  const lines = exportFormats.map((f) => `  ${f.format.padEnd(width)}  ${f.description}`);
  return `Usage
  quizgen export <quiz.json> --format FORMAT [--out FILE]

Writes a quiz (teacher form JSON) in another format, on standard output or to FILE.

Formats
${lines.join('\n')}
`;
}

/** The help text of a command, or the general help for an unknown or missing command. */
export function helpText(command?: string): string {
  switch (command) {
    case 'generate':
      return generate;
    case 'audit':
      return audit;
    case 'export':
      return exportHelp();
    case 'module':
      return moduleHelp;
    case 'print':
      return print;
    default:
      return general;
  }
}

// What a flagged line asks the client, by the kind of question the server says it asks (`line.question`,
// see docs/api.md): plain, calm and short, one question per line. Staff read the matcher's reason instead.

/** A phrase of at most two words and no "till", "som", "för", "med" or "och" names one thing. */
function namesOneThing(phrase) {
  const words = phrase.trim().split(/\s+/);
  return words.length <= 2 && !words.some((word) => ["till", "som", "för", "med", "och"].includes(word.toLowerCase()));
}

/** "Vilken sorts ost menar du?": "sorts" fits every noun ("Vilken smör" would be wrong for a neuter one), but
 * only a thing's name: "Vilken sorts gott till kaffet" is no Swedish, so longer words are quoted. */
function whichSort(line) {
  if (!line.phrase) return "Vilken sort menar du?";
  return namesOneThing(line.phrase) ? `Vilken sorts ${line.phrase} menar du?`
    : `Vilken vara menar du med ”${line.phrase}”?`;
}

/** The amount said could not be read, may mean another, or is far beyond what anyone orders. */
function checkAmount(line) {
  const quantity = line.quantity || {};
  if (quantity.odd) return `Vi förstod inte hur mycket du sa (”${quantity.odd}”). Stämmer det så här?`;
  if (quantity.guessed) return `Vi är inte säkra på hur mycket du menade (”${quantity.guessed}”). Stämmer det så här?`;
  return "Vi är inte säkra på hur många du vill ha. Stämmer det så här?";
}

/** The client's own words, quoted, or else `otherwise`: what the product shown stands in for. */
const said = (line, otherwise) => (line.phrase ? `”${line.phrase}”` : otherwise);

const WITH_PRODUCT = {
  diet: () => "Den här varan går kanske inte ihop med din kost. Stämmer det här?",
  not_sold: (line) => `${said(line, "Det du bad om")} finns inte i butiken. Vill du ha den här i stället?`,
  sold_out: (line) => `${said(line, "Det du bad om")} är slut just nu. Vill du ha den här i stället?`,
  usual_gone: (line) => `Det du brukar ta${line.phrase ? ` för ”${line.phrase}”` : ""} finns inte just nu. `
    + "Vill du ha den här i stället?",
  check_amount: checkAmount,
  which_brand: (line) => (line.phrase ? `Vilken vara menar du med ”${line.phrase}”?` : "Vilken vara menar du?"),
  which_size: () => "Vilken storlek vill du ha?",
  which_sort: whichSort,
  how_much: () => "Hur mycket vill du ha? Ändra med + och −.",
  how_many: () => "Hur många förpackningar vill du ha? Ändra med + och −.",
  unsure: () => "Stämmer det här?",
};

/** The question a flagged line asks the client, in plain Swedish; a line only staff may settle asks nothing. */
export function clientQuestion(line) {
  if (line.staff_only) {
    return line.question === "diet" ? "Personalen tittar på den här, så att den går ihop med din kost."
      : "Personalen tittar på den här.";
  }
  const choices = line.alternatives && line.alternatives.length > 0;
  if (!line.product) {
    if (line.question === "sold_out") {
      return choices ? "Det du bad om är slut just nu. Vill du ha något av det här i stället?"
        : "Det du bad om är slut just nu. Ta bort raden eller säg något annat.";
    }
    if (line.question === "unsure") return "Vi förstod inte vilken vara du menar. Säg det på ett annat sätt eller ta bort raden.";
    return choices ? "Den här varan finns inte i butiken. Vill du ha något av det här i stället?"
      : "Den här varan finns inte i butiken. Säg det på ett annat sätt eller ta bort raden.";
  }
  const ask = WITH_PRODUCT[line.question] || WITH_PRODUCT.unsure;
  return ask(line);
}

/** The alternatives the client is offered below the question: an amount asked about needs no other
 * product (the + and − answer it); a size is chosen among the goods in other sizes (the server marks them
 * `answers`), not among other goods; a sort among the others; goods not sold get their nearest kin. */
export function clientAlternatives(line) {
  if (["how_many", "how_much"].includes(line.question)) return [];
  const alternatives = line.alternatives || [];
  const sizes = line.question === "which_size" ? alternatives.filter((alt) => alt.answers) : [];
  return sizes.length ? sizes : alternatives;
}

/** The words above the alternatives the client is offered, fitting what was asked. */
export function alternativesLabel(line) {
  if (!line.product) return "Välj en av dessa:";
  if (line.question === "which_size" && clientAlternatives(line).some((alt) => alt.answers)) {
    return "Eller välj en annan storlek:";
  }
  return "Eller välj en annan:";
}

// Customer-service words the nlp.js dictionaries miss or misjudge (English senticon has no "broken"
// and scores "bad" +0.25), AFINN scale -5…5. They override nlp.js's entries for the same word.
type Lexicon = Readonly<Record<string, number>>;

export const EN: Lexicon = {
  // "like" is an nlp.js stop word (so its senticon score is dropped); the verb is what customers mean.
  like: 2, liked: 2, likes: 2, ok: 1, okay: 1, great: 3, excellent: 4, amazing: 4, awesome: 4, fantastic: 4, perfect: 4, love: 3, loved: 3, good: 2, nice: 2,
  happy: 3, pleased: 3, satisfied: 3, thank: 2, thanks: 2, "thank you": 2, grateful: 3, appreciate: 3,
  helpful: 3, friendly: 2, quick: 2, fast: 2, fixed: 2, resolved: 2, recommend: 2, "highly recommend": 4,
  wonderful: 4, brilliant: 4, superb: 4, outstanding: 4, smooth: 2, reliable: 2, best: 3, impressed: 3,
  delighted: 4, "well done": 3, "on time": 2, "no problem": 1, "no problems": 1, polite: 2, kind: 2,
  bad: -3, terrible: -4, awful: -4, horrible: -4, worst: -5, poor: -3, broken: -3, damaged: -3,
  defective: -3, faulty: -3, late: -2, delayed: -2, delay: -2, slow: -2, refund: -1, complaint: -3,
  complain: -2, disappointed: -3, disappointing: -3, disappointment: -3, angry: -3, furious: -4, annoyed: -3,
  frustrated: -3, frustrating: -3, unacceptable: -4, useless: -3, rude: -3, scam: -5, fraud: -4,
  ridiculous: -3, waste: -3, "waste of money": -4, missing: -2, wrong: -2, lost: -2, "not working": -3,
  "does not work": -3, "do not work": -3, "still waiting": -3, "nobody answers": -3, "no one answers": -3,
  "nobody replies": -3, "no response": -3, "no reply": -3, "no answer": -2, unhelpful: -3, incompetent: -4,
  nightmare: -4, disgusting: -4, overpriced: -2, issue: -1, problem: -1, error: -2, failed: -2, hate: -4,
  sucks: -3, upset: -3, worse: -3, mess: -2, "fed up": -3, ignored: -3, "never again": -4,
  "never arrived": -3, "not arrived": -3, "not received": -3, cracked: -3, shattered: -3, joke: -2,
  "charged twice": -3, "double charged": -3, "money back": -2, sorted: 2, "sorted out": 2, lousy: -3, "pathetic": -4, "appalling": -4, "dreadful": -4, "crap": -4, "garbage": -4, "trash": -3,
};

export const ES: Lexicon = {
  excelente: 4, genial: 4, perfecto: 4, perfecta: 4, bueno: 2, buena: 2, buen: 2, gracias: 2,
  "muchas gracias": 3, encanta: 3, encantado: 3, encantada: 3, satisfecho: 3, satisfecha: 3, contento: 3,
  contenta: 3, rápido: 2, rápida: 2, amable: 3, maravilloso: 4, increíble: 4, recomiendo: 3, fantástico: 4,
  feliz: 3, agradecido: 3, agradecida: 3, estupendo: 4, "muy bien": 3, resuelto: 2, solucionado: 2,
  malo: -3, mala: -3, mal: -3, pésimo: -5, pésima: -5, terrible: -4, horrible: -4, roto: -3, rota: -3,
  dañado: -3, dañada: -3, defectuoso: -3, retraso: -2, lento: -2, lenta: -2, reembolso: -1, devolución: -2,
  queja: -3, reclamación: -3, decepcionado: -3, decepcionada: -3, decepción: -3, enfadado: -3, enojado: -3,
  molesto: -3, harto: -3, harta: -3, inaceptable: -4, inútil: -3, estafa: -5, fraude: -4, vergüenza: -3,
  "nadie me ayuda": -3, "nadie responde": -3, "nadie contesta": -3, "sin respuesta": -3, "no funciona": -3, "no ha llegado": -3,
  "no llegó": -3, peor: -4, desastre: -4, "nunca más": -4, grosero: -3, incompetentes: -3, problema: -1,
  error: -2, mentira: -3, engaño: -4, tarde: -1, "todavía no": -2, "aún no": -2,
};

export const FR: Lexicon = {
  excellent: 4, parfait: 4, génial: 4, super: 3, merci: 2, "merci beaucoup": 3, bien: 2, bon: 2, bonne: 2,
  satisfait: 3, satisfaite: 3, content: 3, contente: 3, ravi: 4, ravie: 4, rapide: 2, efficace: 3,
  aimable: 3, gentil: 3, sympa: 2, top: 3, formidable: 4, recommande: 3, impeccable: 4, agréable: 3,
  magnifique: 4, bravo: 3, réglé: 2, "pas mal": 2, adore: 3, "très bien": 3, résolu: 2,
  mauvais: -3, mauvaise: -3, nul: -3, nulle: -3, horrible: -4, terrible: -4, catastrophe: -4,
  catastrophique: -4, cassé: -3, cassée: -3, endommagé: -3, abîmé: -3, défectueux: -3, retard: -2, lent: -2,
  remboursement: -1, réclamation: -3, plainte: -3, déçu: -3, déçue: -3, décevant: -3, déception: -3,
  furieux: -4, furieuse: -4, énervé: -3, inadmissible: -4, inacceptable: -4, arnaque: -5, honte: -3,
  "personne ne répond": -3, "aucune réponse": -3, "sans réponse": -3, "ne fonctionne pas": -3,
  "ne marche pas": -3, pire: -4, "plus jamais": -4, problème: -1, erreur: -2, perdu: -2, incompétent: -3,
  lamentable: -4, scandaleux: -4, inutile: -3, toujours: 0, "toujours pas": -2, "n'est toujours pas": -2,
};

export const DE: Lexicon = {
  gut: 2, super: 3, toll: 3, prima: 3, klasse: 3, perfekt: 4, ausgezeichnet: 4, hervorragend: 4, danke: 2,
  "vielen dank": 3, zufrieden: 3, glücklich: 3, schnell: 2, freundlich: 3, hilfsbereit: 3, empfehlen: 2,
  "sehr gut": 3, wunderbar: 4, großartig: 4, top: 3, einwandfrei: 3, zuverlässig: 2, begeistert: 4, lob: 2,
  gefällt: 3, funktioniert: 1, schön: 2, hilft: 1, geholfen: 2, hilfreich: 3, gelöst: 2,
  schlecht: -3, schrecklich: -4, furchtbar: -4, katastrophal: -4, katastrophe: -4, kaputt: -3,
  beschädigt: -3, defekt: -3, verspätet: -2, verspätung: -2, langsam: -2, erstattung: -1,
  rückerstattung: -1, beschwerde: -3, enttäuscht: -3, enttäuschend: -3, enttäuschung: -3, ärgerlich: -3,
  verärgert: -3, wütend: -4, unverschämt: -4, inakzeptabel: -4, betrug: -5, frechheit: -4,
  "niemand antwortet": -3, "keine antwort": -3, "funktioniert nicht": -3, mangelhaft: -3, nutzlos: -3,
  unfreundlich: -3, "nie wieder": -4, problem: -1, fehler: -2, leider: -1, sauer: -3, mies: -3,
  miserabel: -4, "geht nicht": -2, schlechter: -3, "immer noch nicht": -2, unmöglich: -3,
};

export const PT: Lexicon = {
  ótimo: 4, ótima: 4, excelente: 4, perfeito: 4, bom: 2, boa: 2, obrigado: 2, obrigada: 2,
  "muito obrigado": 3, "muito obrigada": 3, satisfeito: 3, satisfeita: 3, feliz: 3, rápido: 2, rápida: 2,
  adorei: 4, amei: 4, gostei: 3, maravilhoso: 4, recomendo: 3, incrível: 4, atencioso: 3, parabéns: 3,
  "muito bom": 3, resolvido: 2, top: 3,
  ruim: -3, péssimo: -5, péssima: -5, horrível: -4, terrível: -4, quebrado: -3, quebrada: -3,
  danificado: -3, defeito: -3, atraso: -2, atrasado: -2, demora: -2, lento: -2, reembolso: -1,
  devolução: -2, reclamação: -3, decepcionado: -3, decepcionada: -3, decepção: -3, irritado: -3, absurdo: -4,
  inaceitável: -4, golpe: -4, fraude: -4, vergonha: -3, "ninguém responde": -3, "sem resposta": -3,
  "não funciona": -3, "não chegou": -3, pior: -4, descaso: -4, problema: -1, erro: -2, "nunca mais": -4,
  lixo: -4, mal: -2, "ainda não": -2,
};

export const IT: Lexicon = {
  ottimo: 4, ottima: 4, eccellente: 4, perfetto: 4, buono: 2, buona: 2, bene: 2, grazie: 2,
  "grazie mille": 3, soddisfatto: 3, soddisfatta: 3, contento: 3, felice: 3, veloce: 2, rapido: 2,
  gentile: 3, cortese: 3, fantastico: 4, consiglio: 2, super: 3, meraviglioso: 4, splendido: 4,
  impeccabile: 4, "molto bene": 3, risolto: 2, professionale: 3, top: 3,
  pessimo: -5, pessima: -5, cattivo: -3, brutto: -3, orribile: -4, terribile: -4, rotto: -3, rotta: -3,
  danneggiato: -3, difettoso: -3, ritardo: -2, lento: -2, rimborso: -1, felicissimo: 4, felicissima: 4, aiuta: 1, reclamo: -3, deluso: -3, delusa: -3,
  deludente: -3, delusione: -3, arrabbiato: -3, arrabbiata: -3, inaccettabile: -4, vergogna: -3, truffa: -5,
  "nessuno risponde": -3, "nessuna risposta": -3, "non funziona": -3, "non è arrivato": -3, peggiore: -4,
  peggio: -4, schifo: -4, problema: -1, errore: -2, "mai più": -4, inutile: -3, scortese: -3, male: -2,
  "ancora non": -2,
};

export const NL: Lexicon = {
  goed: 2, geweldig: 4, uitstekend: 4, perfect: 4, top: 3, super: 3, prima: 2, bedankt: 2, dank: 2,
  "dank je wel": 3, tevreden: 3, blij: 3, snel: 2, vriendelijk: 3, behulpzaam: 3, aanrader: 3,
  fantastisch: 4, fijn: 2, "heel goed": 3, netjes: 2, opgelost: 2, werkt: 1, helpt: 1, geholpen: 2,
  slecht: -3, verschrikkelijk: -4, vreselijk: -4, waardeloos: -4, kapot: -3, beschadigd: -3, defect: -3,
  vertraging: -2, traag: -2, terugbetaling: -1, klacht: -3, teleurgesteld: -3, teleurstellend: -3, boos: -3,
  onacceptabel: -4, schandalig: -4, oplichting: -5, "niemand reageert": -3, "geen antwoord": -3,
  "geen reactie": -3, "werkt niet": -3, slechtste: -5, probleem: -1, fout: -2, "nooit meer": -4,
  onbeschoft: -3, belachelijk: -3, "nog steeds niet": -2,
};

/*
 * Mundo chat widget. Embed with one tag: <script src="https://MUNDO/widget/mundo-chat.js" async></script>
 * Optional attributes: data-mundo-url (Mundo's base URL; default: where this script came from) and
 * data-lang (UI language; default: the browser's). Plain ES2020, no dependencies. It renders inside a
 * shadow root so the host page's CSS can't reach it, and puts text on screen only through textContent.
 */
/* global window, document, localStorage, navigator, location, WebSocket, CSSStyleSheet, TextEncoder, URL, crypto, setTimeout, clearTimeout */
(() => {
  "use strict";
  if (window.__mundoChat) return;
  window.__mundoChat = true;

  const script = document.currentScript;
  const given = script && script.dataset.mundoUrl;
  // Mundo may live under a path: the script is at <base>/widget/mundo-chat.js.
  const base = given ? new URL(given.endsWith("/") ? given : given + "/", location.href) : new URL("../", (script && script.src) || location.href);
  const socketUrl = new URL("api/v1/chat/socket", base);
  socketUrl.protocol = socketUrl.protocol === "https:" ? "wss:" : "ws:";
  const MAX_BYTES = 4096;
  const KEEP = 100;

  const STRINGS = {
    en: ["Chat with us", "Write in any language. Tell us who you are (optional):", "Name", "Email", "Start chat", "Skip", "Write a message…", "Send", "Close chat", "Connecting…", "Online", "Offline, reconnecting…", "Sending…", "Not sent", "This message is too long.", "new replies", "Conversation", "You", "Support", "Message"],
    es: ["Chatea con nosotros", "Escribe en cualquier idioma. Dinos quién eres (opcional):", "Nombre", "Correo electrónico", "Empezar", "Omitir", "Escribe un mensaje…", "Enviar", "Cerrar el chat", "Conectando…", "En línea", "Sin conexión, reconectando…", "Enviando…", "No enviado", "Este mensaje es demasiado largo.", "respuestas nuevas", "Conversación", "Tú", "Soporte", "Mensaje"],
    fr: ["Discutez avec nous", "Écrivez dans n’importe quelle langue. Qui êtes-vous (facultatif) :", "Nom", "E-mail", "Commencer", "Passer", "Écrivez un message…", "Envoyer", "Fermer le chat", "Connexion…", "En ligne", "Hors ligne, reconnexion…", "Envoi…", "Non envoyé", "Ce message est trop long.", "nouvelles réponses", "Conversation", "Vous", "Support", "Message"],
    de: ["Chatten Sie mit uns", "Schreiben Sie in jeder Sprache. Wer sind Sie (optional)?", "Name", "E-Mail", "Chat starten", "Überspringen", "Nachricht schreiben…", "Senden", "Chat schließen", "Verbinde…", "Online", "Offline, verbinde neu…", "Wird gesendet…", "Nicht gesendet", "Diese Nachricht ist zu lang.", "neue Antworten", "Unterhaltung", "Sie", "Support", "Nachricht"],
    pt: ["Fale connosco", "Escreva em qualquer língua. Diga-nos quem é (opcional):", "Nome", "E-mail", "Começar", "Saltar", "Escreva uma mensagem…", "Enviar", "Fechar o chat", "A ligar…", "Online", "Sem ligação, a religar…", "A enviar…", "Não enviada", "Esta mensagem é demasiado longa.", "respostas novas", "Conversa", "Você", "Apoio", "Mensagem"],
    ar: ["تحدث معنا", "اكتب بأي لغة. عرّفنا بنفسك (اختياري):", "الاسم", "البريد الإلكتروني", "ابدأ المحادثة", "تخطَّ", "اكتب رسالة…", "إرسال", "إغلاق المحادثة", "جارٍ الاتصال…", "متصل", "غير متصل، جارٍ إعادة الاتصال…", "جارٍ الإرسال…", "لم تُرسل", "هذه الرسالة طويلة جدًا.", "ردود جديدة", "المحادثة", "أنت", "الدعم", "رسالة"],
  };
  const KEYS = ["title", "intro", "name", "email", "start", "skip", "placeholder", "send", "close", "connecting", "online", "offline", "sending", "failed", "tooLong", "unread", "log", "you", "agent", "message"];
  const lang = ((script && script.dataset.lang) || navigator.language || "en").toLowerCase().split("-")[0];
  const uiLang = STRINGS[lang] ? lang : "en";
  const t = Object.fromEntries(KEYS.map((k, i) => [k, STRINGS[uiLang][i]]));

  // Storage is the host site's; it may be full or blocked (private modes), so every access may fail.
  const PREFIX = "mundo-chat:" + base.host + ":";
  const store = {
    get(key, fallback) {
      try {
        const v = localStorage.getItem(PREFIX + key);
        return v === null ? fallback : JSON.parse(v);
      } catch {
        return fallback;
      }
    },
    set(key, value) {
      try {
        localStorage.setItem(PREFIX + key, JSON.stringify(value));
      } catch {
        // kept in memory only
      }
    },
  };
  const randomId = (bytes) => Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (b) => b.toString(16).padStart(2, "0")).join("");

  let visitorId = store.get("visitor", "");
  if (typeof visitorId !== "string" || !/^[A-Za-z0-9_-]{16,64}$/.test(visitorId)) store.set("visitor", (visitorId = randomId(16)));
  const savedProfile = store.get("profile", null);
  let profile = savedProfile && typeof savedProfile === "object" ? savedProfile : { done: false };
  const savedLog = store.get("log", []);
  const log = (Array.isArray(savedLog) ? savedLog : []).filter((m) => m && typeof m.text === "string" && (m.dir === "in" || m.dir === "out"));

  const CSS = `
:host{all:initial} *{box-sizing:border-box} [hidden]{display:none!important} :focus-visible{outline:3px solid #f5a524;outline-offset:2px}
.root{font:15px/1.4 system-ui,-apple-system,"Segoe UI","Noto Sans",sans-serif;color:#1d2433}
.launcher{position:fixed;bottom:20px;inset-inline-end:20px;z-index:2147483000;width:58px;height:58px;border-radius:50%;border:0;background:#1f5fd1;color:#fff;cursor:pointer;box-shadow:0 4px 14px rgba(0,0,0,.25);display:grid;place-items:center;padding:0}
.badge{position:absolute;top:-3px;inset-inline-end:-3px;min-width:20px;height:20px;padding:0 5px;border-radius:10px;background:#c81e1e;color:#fff;font:700 12px/20px system-ui,sans-serif}
.panel{position:fixed;bottom:90px;inset-inline-end:20px;z-index:2147483000;width:370px;max-width:calc(100vw - 24px);height:540px;max-height:calc(100vh - 110px);display:flex;flex-direction:column;background:#fff;border-radius:14px;box-shadow:0 12px 40px rgba(0,0,0,.28);overflow:hidden}
header{display:flex;align-items:center;gap:8px;padding:12px 14px;background:#1f5fd1;color:#fff} .heading{flex:1;min-width:0}
h2{margin:0;font-size:16px;font-weight:650} .status{margin:0;font-size:12px;opacity:.92}
button{font:600 14px/1.2 system-ui,sans-serif;cursor:pointer;border-radius:8px} .close{background:transparent;border:0;color:#fff;font-size:22px;width:34px;height:34px;line-height:1}
.intro{padding:14px;display:grid;gap:10px} .intro p{margin:0;font-size:14px} label{display:grid;gap:4px;font-size:13px;color:#4a5468}
input,textarea{font:inherit;color:inherit;border:1px solid #b9c1ce;border-radius:8px;padding:8px 10px;background:#fff;width:100%;margin:0}
.row{display:flex;gap:8px;justify-content:flex-end} .primary{background:#1f5fd1;color:#fff;border:0;padding:9px 16px} .secondary{background:#eef1f6;color:#1d2433;border:1px solid #d5dae3;padding:9px 16px}
.log{list-style:none;margin:0;padding:12px;flex:1;overflow-y:auto;display:flex;flex-direction:column;gap:10px;background:#f5f7fb}
.msg{display:flex;flex-direction:column;align-items:flex-start;max-width:82%;align-self:flex-start} .msg.in{align-self:flex-end;align-items:flex-end}
.bubble{padding:8px 12px;border-radius:14px;white-space:pre-wrap;overflow-wrap:anywhere;background:#fff;border:1px solid #dfe3ea} .in .bubble{background:#1f5fd1;color:#fff;border-color:#1f5fd1}
.pending .bubble{opacity:.7} .failed .bubble{background:#fde8e7;color:#8a1c13;border-color:#f3b5b0} .meta{font-size:11px;color:#5f687a;margin-top:3px}
.composer{display:flex;gap:8px;padding:10px;border-top:1px solid #e1e5ec;align-items:flex-end} textarea{resize:none;height:44px;max-height:120px} .composer .primary{height:44px}
.note{margin:0;padding:0 12px 8px;font-size:12px;color:#b42318} .note:empty{display:none}
@media (prefers-reduced-motion:no-preference){.panel{animation:pop .16s ease-out}@keyframes pop{from{transform:translateY(8px);opacity:0}}}`;

  // Children are nodes or strings; strings become text nodes, never markup.
  function el(tag, attrs, ...children) {
    const e = tag === "svg" || tag === "path" ? document.createElementNS("http://www.w3.org/2000/svg", tag) : document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
    e.append(...children);
    return e;
  }

  // A custom element name: host-page rules for div and friends do not match it.
  const host = document.createElement("mundo-chat-widget");
  const shadow = host.attachShadow({ mode: "open" });
  if ("adoptedStyleSheets" in shadow) {
    // Constructed sheets are not inline styles, so they work under a host page's strict CSP.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    shadow.adoptedStyleSheets = [sheet];
  } else shadow.append(el("style", {}, CSS));

  const icon = el("svg", { viewBox: "0 0 24 24", width: "28", height: "28", "aria-hidden": "true" },
    el("path", { fill: "currentColor", d: "M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H10l-5 4v-4H4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z" }));
  const badge = el("span", { class: "badge", "aria-hidden": "true", hidden: "" });
  const launcher = el("button", { type: "button", class: "launcher", "aria-expanded": "false", "aria-controls": "mc-panel", "aria-label": t.title }, icon, badge);
  const status = el("p", { class: "status", role: "status" });
  const closeButton = el("button", { type: "button", class: "close", "aria-label": t.close }, "×");
  const header = el("header", {}, el("div", { class: "heading" }, el("h2", {}, t.title), status), closeButton);

  const nameInput = el("input", { name: "name", autocomplete: "name", maxlength: "200", dir: "auto" });
  const emailInput = el("input", { name: "email", type: "email", autocomplete: "email", maxlength: "320" });
  const skipButton = el("button", { type: "button", class: "secondary" }, t.skip);
  const intro = el("form", { class: "intro", novalidate: "" }, el("p", {}, t.intro), el("label", {}, t.name, nameInput), el("label", {}, t.email, emailInput),
    el("div", { class: "row" }, skipButton, el("button", { type: "submit", class: "primary" }, t.start)));

  const list = el("ol", { class: "log", role: "log", "aria-live": "polite", "aria-label": t.log, tabindex: "0" });
  const note = el("p", { class: "note", role: "alert" });
  const textarea = el("textarea", { name: "message", rows: "2", dir: "auto", "aria-label": t.message, placeholder: t.placeholder });
  const composer = el("form", { class: "composer" }, textarea, el("button", { type: "submit", class: "primary" }, t.send));
  const panel = el("section", { id: "mc-panel", class: "panel", role: "dialog", "aria-label": t.title, hidden: "" }, header, intro, list, note, composer);
  shadow.append(el("div", { class: "root", dir: uiLang === "ar" ? "rtl" : "ltr", lang: uiLang }, panel, launcher));

  let unread = 0, ws = null, ready = false, wanted = false, attempt = 0, retryTimer = 0;

  function save() {
    log.splice(0, Math.max(0, log.length - KEEP));
    store.set("log", log);
  }
  function time(iso) {
    const d = new Date(iso);
    return Number.isNaN(d.getTime()) ? "" : d.toLocaleTimeString(uiLang, { hour: "2-digit", minute: "2-digit" });
  }
  function render() {
    list.replaceChildren(
      ...log.map((m) => {
        const when = m.state === "pending" ? t.sending : m.state === "failed" ? t.failed : time(m.at);
        return el("li", { class: "msg " + m.dir + (m.state ? " " + m.state : "") },
          el("div", { class: "bubble", dir: "auto" }, m.text), el("span", { class: "meta" }, (m.dir === "in" ? t.you : t.agent) + " · " + when));
      }),
    );
    list.scrollTop = list.scrollHeight;
    badge.textContent = String(unread);
    badge.hidden = unread === 0;
    launcher.setAttribute("aria-label", unread ? `${t.title} (${unread} ${t.unread})` : t.title);
    intro.hidden = !!profile.done;
    composer.hidden = !profile.done;
  }

  function send(frame) {
    if (ws && ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(frame));
  }
  function hello() {
    send({ type: "hello", visitorId, lastSeenId: store.get("seen", null), ...(profile.name ? { name: profile.name } : {}), ...(profile.email ? { email: profile.email } : {}) });
  }
  function flush() {
    if (!ready) return;
    for (const m of log) if (m.state === "pending") send({ type: "message", clientId: m.clientId, text: m.text });
  }
  function connect() {
    wanted = true;
    clearTimeout(retryTimer);
    retryTimer = 0;
    if (ws) return;
    status.textContent = t.connecting;
    const socket = (ws = new WebSocket(socketUrl.href));
    socket.onopen = () => {
      attempt = 0;
      hello();
    };
    socket.onmessage = (e) => {
      let frame;
      try {
        frame = JSON.parse(e.data);
      } catch {
        return;
      }
      if (frame && typeof frame === "object") onFrame(frame);
    };
    socket.onclose = () => {
      if (ws !== socket) return;
      ws = null;
      ready = false;
      status.textContent = t.offline;
      // Exponential backoff with jitter, so a restarted server is not hit by every visitor at once.
      const delay = Math.min(30000, 1000 * 2 ** attempt++) * (0.5 + Math.random() / 2);
      retryTimer = setTimeout(connect, delay);
    };
  }

  function addFromServer(f) {
    if (typeof f.id !== "string" || typeof f.text !== "string") return;
    let m = log.find((x) => x.id === f.id || (f.clientId && x.clientId === f.clientId));
    if (!m) {
      m = { dir: f.direction === "in" ? "in" : "out", text: f.text, at: f.sentAt };
      log.push(m);
      if (m.dir === "out" && panel.hidden) unread++;
    }
    m.id = f.id;
    if (f.clientId) m.clientId = f.clientId;
    delete m.state;
    if (m.dir === "out") store.set("seen", f.id);
  }
  function onFrame(f) {
    if (f.type === "welcome") {
      ready = true;
      status.textContent = t.online;
      for (const m of Array.isArray(f.missed) ? f.missed : []) addFromServer(m);
      flush();
    } else if (f.type === "ack") {
      const m = log.find((x) => x.clientId === f.clientId);
      if (m) Object.assign(m, { id: f.id, at: f.sentAt || m.at, state: undefined });
    } else if (f.type === "message") addFromServer(f);
    else if (f.type === "error") {
      const m = f.clientId && log.find((x) => x.clientId === f.clientId && x.state === "pending");
      // Busy or a hiccup: the message stays queued and goes again shortly. Anything else will not pass.
      if (m && (f.code === "RATE_LIMITED" || f.code === "INTERNAL")) setTimeout(flush, 5000);
      else if (m) m.state = "failed";
      else if (!ready && /^(name|email)\b/.test(String(f.message))) {
        // The server refused the optional name or email: chat without them rather than not at all.
        store.set("profile", (profile = { done: true }));
        hello();
      }
    }
    save();
    render();
  }

  function submitMessage() {
    const text = textarea.value.trim();
    if (!text) return;
    if (new TextEncoder().encode(text).length > MAX_BYTES) {
      note.textContent = t.tooLong;
      return;
    }
    note.textContent = "";
    const m = { clientId: randomId(12), dir: "in", text, at: new Date().toISOString(), state: "pending" };
    log.push(m);
    textarea.value = "";
    save();
    render();
    if (ready) send({ type: "message", clientId: m.clientId, text });
    else connect();
  }
  function setOpen(open) {
    panel.hidden = !open;
    launcher.setAttribute("aria-expanded", String(open));
    if (open) {
      unread = 0;
      connect();
      render();
      (profile.done ? textarea : nameInput).focus();
    } else launcher.focus();
  }
  function finishIntro(skip) {
    profile = skip ? { done: true } : { done: true, name: nameInput.value.trim() || undefined, email: emailInput.value.trim() || undefined };
    store.set("profile", profile);
    hello(); // the server learns the name and email for the next message
    render();
    textarea.focus();
  }

  launcher.addEventListener("click", () => setOpen(panel.hidden));
  closeButton.addEventListener("click", () => setOpen(false));
  panel.addEventListener("keydown", (e) => {
    if (e.key === "Escape") {
      e.stopPropagation();
      setOpen(false);
    }
  });
  intro.addEventListener("submit", (e) => {
    e.preventDefault();
    if (!emailInput.checkValidity()) {
      emailInput.focus();
      return;
    }
    finishIntro(false);
  });
  skipButton.addEventListener("click", () => finishIntro(true));
  composer.addEventListener("submit", (e) => {
    e.preventDefault();
    submitMessage();
  });
  textarea.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      submitMessage();
    }
  });
  window.addEventListener("online", () => wanted && connect());

  function mount() {
    document.body.append(host);
    render();
    // A returning visitor gets replies (and the missed ones) without opening the panel.
    if (log.length > 0) connect();
  }
  if (document.body) mount();
  else document.addEventListener("DOMContentLoaded", mount);
})();

// Time shown to the operator: local wall-clock time with ms, and relative ("in 4 min 12 s").
export function localTime(ms) {
  return new Date(ms).toLocaleTimeString(undefined, { hour12: false }) + '.' + String(((ms % 1000) + 1000) % 1000).padStart(3, '0');
}
export function relative(deltaMs) {
  const s = Math.round(Math.abs(deltaMs) / 1000);
  const text = s >= 60 ? `${Math.floor(s / 60)} min ${s % 60} s` : `${s} s`;
  return deltaMs >= 0 ? `in ${text}` : `${text} ago`;
}
export function clock(ms) {
  const s = Math.max(0, ms) / 1000; const m = Math.floor(s / 60);
  return m + ':' + (s - m * 60).toFixed(1).padStart(4, '0');
}
// Value of an <input type="datetime-local" step="0.001"> for epoch ms (local time).
export function toInputTime(ms) {
  const d = new Date(ms); const p = (n, w = 2) => String(n).padStart(w, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}.${p(d.getMilliseconds(), 3)}`;
}
export function fromInputTime(v) { const ms = new Date(v).getTime(); return Number.isFinite(ms) ? ms : NaN; }
export function el(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') e.className = v; else if (k.startsWith('on')) e.addEventListener(k.slice(2), v); else e.setAttribute(k, v === true ? '' : v);
  }
  for (const k of kids) e.append(k instanceof Node ? k : String(k));
  return e;
}

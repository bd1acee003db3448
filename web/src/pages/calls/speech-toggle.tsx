import { useEffect, useRef, useState } from "react";
import { FormattedMessage } from "react-intl";

// The Web Speech API is not in TypeScript's DOM library everywhere; only what this page uses.
interface RecognitionResult {
  readonly isFinal: boolean;
  readonly 0: { readonly transcript: string };
}
interface RecognitionEvent {
  readonly resultIndex: number;
  readonly results: { readonly length: number; readonly [index: number]: RecognitionResult };
}
interface Recognition {
  lang: string;
  continuous: boolean;
  interimResults: boolean;
  onresult: ((event: RecognitionEvent) => void) | null;
  onerror: ((event: { error: string }) => void) | null;
  onend: (() => void) | null;
  start(): void;
  stop(): void;
}
type RecognitionConstructor = new () => Recognition;

function recognitionApi(): RecognitionConstructor | null {
  const w = window as unknown as { SpeechRecognition?: RecognitionConstructor; webkitSpeechRecognition?: RecognitionConstructor };
  return w.SpeechRecognition ?? w.webkitSpeechRecognition ?? null;
}

interface SpeechToggleProps {
  language: string;
  disabled: boolean;
  /** Called with each final result; interim text is only shown here. */
  onFinal: (text: string) => void;
}

export function SpeechToggle({ language, disabled, onFinal }: SpeechToggleProps) {
  const [Api] = useState(recognitionApi);
  const [listening, setListening] = useState(false);
  const [interim, setInterim] = useState("");
  const [failure, setFailure] = useState<string | null>(null);
  const onFinalRef = useRef(onFinal);
  useEffect(() => {
    onFinalRef.current = onFinal;
  }, [onFinal]);

  const on = listening && !disabled;
  useEffect(() => {
    if (!on || !Api) return;
    let stopped = false;
    const recognition = new Api();
    recognition.lang = language;
    recognition.continuous = true;
    recognition.interimResults = true;
    recognition.onresult = (event) => {
      let pending = "";
      for (let i = event.resultIndex; i < event.results.length; i += 1) {
        const result = event.results[i];
        if (!result) continue;
        const text = result[0].transcript.trim();
        if (result.isFinal) {
          if (text) onFinalRef.current(text);
        } else pending += `${text} `;
      }
      setInterim(pending.trim());
    };
    recognition.onerror = (event) => {
      // "no-speech" just means silence; the recognizer restarts on end.
      if (event.error === "no-speech" || event.error === "aborted") return;
      setFailure(event.error);
      stopped = true;
      setListening(false);
    };
    // Browsers stop a continuous session after a while; keep listening until the agent says otherwise.
    recognition.onend = () => {
      if (!stopped) recognition.start();
    };
    setFailure(null);
    recognition.start();
    return () => {
      stopped = true;
      recognition.stop();
      setInterim("");
    };
  }, [on, Api, language]);

  if (!Api) {
    return (
      <p className="call__note muted">
        <FormattedMessage id="call.mic.unavailable" />
      </p>
    );
  }

  return (
    <div className="call__mic">
      <button type="button" className="button" aria-pressed={on} disabled={disabled} onClick={() => setListening((v) => !v)}>
        <FormattedMessage id="call.mic.start" />
      </button>
      {on && (
        <span className="call__mic-state" aria-live="polite">
          <FormattedMessage id="call.mic.listening" />
        </span>
      )}
      {interim && (
        <p className="call__interim muted" dir="auto">
          {interim}
        </p>
      )}
      {failure && (
        <p className="alert alert--error" role="alert">
          <FormattedMessage id="call.mic.failed" values={{ reason: failure }} />
        </p>
      )}
    </div>
  );
}

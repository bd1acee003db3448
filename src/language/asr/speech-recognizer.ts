/** What the caller knows about one piece of recorded speech. */
export interface TranscribeRequest {
  audio: Buffer;
  /** The recording's media type, e.g. `audio/webm;codecs=opus`, `audio/wav`. */
  mimeType: string;
  /** BCP 47 hint of the spoken language, e.g. `en-IN`, `es-US`; without it the recognizer guesses. */
  language?: string;
}

export interface Transcription {
  /** The recognised text; empty when nothing was heard. */
  text: string;
  /** BCP 47 tag of the spoken language, when the recognizer reports one. */
  language?: string;
}

/**
 * Turns recorded speech into text. Implementations fail with a LanguageError (`UNAVAILABLE`) when the
 * service can't be reached or rejects the request, so callers can tell "no ASR right now" from a bug.
 */
export interface SpeechRecognizer {
  readonly id: string;
  transcribe(request: TranscribeRequest): Promise<Transcription>;
}

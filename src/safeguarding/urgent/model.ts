/**
 * The learned urgent-risk model: L2-regularised logistic regression over urgent-features.ts.
 * Trained offline by `npm run train-urgent` (src/scripts/train-urgent.ts), committed as
 * urgent-model.json, loaded once at start. No training happens at run time.
 */
import fs from 'node:fs';
import type { Features } from './features.js';
import type { LeanTable } from './lean.js';

/** Serialised model: bias plus one weight per kept feature (absent features weigh 0). */
export interface UrgentModel {
  version: 1;
  bias: number;
  weights: Record<string, number>;
  /** The calm lean's table (lean.ts), learned with the weights; absent: every message leans neither way. */
  lean?: LeanTable;
  /** How it was trained: files, options, cross-validated figures (no message text). */
  meta: Record<string, unknown>;
}

export const MODEL_VERSION = 1;

export class UrgentModelError extends Error {
  constructor(public readonly code: 'urgent_model_unreadable' | 'urgent_model_invalid', message: string) {
    super(message);
    this.name = 'UrgentModelError';
  }
}

/** Probability in 0..1 that a message with these features is urgent: `probability(model, urgentFeatures(text))`. */
export function probability(model: UrgentModel, features: Features): number {
  let z = model.bias;
  for (const [name, value] of features) {
    const w = model.weights[name];
    if (w !== undefined) z += w * value;
  }
  return 1 / (1 + Math.exp(-z));
}

/** Checks the shape of parsed JSON and returns it as a model, or throws urgent_model_invalid. */
export function parseModel(json: unknown): UrgentModel {
  const m = json as Partial<UrgentModel> | null;
  const ok = m !== null && typeof m === 'object' && m.version === MODEL_VERSION && typeof m.bias === 'number'
    && Number.isFinite(m.bias) && m.weights !== null && typeof m.weights === 'object'
    && Object.values(m.weights).every((w) => typeof w === 'number' && Number.isFinite(w))
    && (m.lean === undefined || (m.lean !== null && typeof m.lean === 'object' && Object.values(m.lean).every((w) => typeof w === 'number' && Number.isFinite(w))));
  if (!ok) throw new UrgentModelError('urgent_model_invalid', `urgent model is not a version ${MODEL_VERSION} logistic model`);
  const model: UrgentModel = { version: MODEL_VERSION, bias: m.bias as number, weights: m.weights as Record<string, number>, meta: m.meta ?? {} };
  if (m.lean) model.lean = m.lean;
  return model;
}

/** Where the committed model lives (next to this file). */
export const MODEL_URL = new URL('./model.json', import.meta.url);

/** Reads and validates a model file: `loadModel()` for the committed one. */
export function loadModel(url: URL | string = MODEL_URL): UrgentModel {
  let text: string;
  try {
    text = fs.readFileSync(url, 'utf8');
  } catch (err) {
    throw new UrgentModelError('urgent_model_unreadable', `cannot read urgent model: ${(err as Error).message}`);
  }
  return parseModel(JSON.parse(text));
}

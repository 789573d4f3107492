/**
 * Urgent risk: the one public entry point. `assessUrgency(text)` says whether a message describes
 * immediate risk now (show the urgent card first) or is a question about risk (answer it and add
 * the duty pointer); the card and pointer are here too. The training API is for
 * `npm run train-urgent` and its tests.
 *
 *   assessUrgency('my yp just told me mums partner hit her').urgent → true
 */
export { assessUrgency, calmedByLean, clearFraming, combine, MODEL_MIN_HARM, settled, writerInCrisis, COMBINATION, explainUrgency, type Combination, type UrgentAssessment } from './assess.js';
export { dutyPointer, frontDoorFor, urgentCard, urgentCardView, type UrgentCardView } from './card.js';
export { ruleEvidence, type RuleEvidence } from './rules.js';
export { carriesContent, contentLean, learnedHarm, NON_HARM } from './evidence.js';
export { urgentFeatures, withLean, type Features } from './features.js';
export { calmLean, learnLean, leanTerms, type LeanTable } from './lean.js';
export { loadModel, MODEL_URL, parseModel, probability, UrgentModelError, type UrgentModel } from './model.js';
export { DEFAULT_TRAIN, trainModel, type Example, type TrainOptions } from './train.js';

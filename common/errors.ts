/** Typed errors with stable codes: the class lives in contracts/ (shared with the phone SDK). */
export { ShakeError, isShakeError } from '../contracts/shake-error.ts';

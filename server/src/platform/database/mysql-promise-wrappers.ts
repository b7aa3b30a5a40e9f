import mysql2 from 'mysql2';

/**
 * TypeORM's MySQL query runner sends every statement as `connection.promise().query(…)`, and
 * mysql2's PoolConnection#promise() builds a new wrapper each time: a `require()` of its promise
 * module (a module-cache lookup through Node's loader), an EventEmitter and two listeners — about
 * 40 µs a statement, 0.7 ms of a whole-sheet save's ~18 statements (bench/profile-sheet.ts).
 * The wrapper holds nothing but the connection and the Promise class, so one per pooled
 * connection serves every statement sent on it. Installed once, for MySQL only.
 */
let installed = false;

export function reuseMysqlPromiseWrappers(): void {
  if (installed) return;
  installed = true;
  const proto = mysql2.PoolConnection.prototype as { promise: (this: object, promiseImpl?: PromiseConstructor) => unknown };
  const build = proto.promise;
  const wrappers = new WeakMap<object, unknown>();
  proto.promise = function promise(this: object, promiseImpl?: PromiseConstructor) {
    if (promiseImpl) return build.call(this, promiseImpl);
    let wrapper = wrappers.get(this);
    if (!wrapper) wrappers.set(this, (wrapper = build.call(this)));
    return wrapper;
  };
}

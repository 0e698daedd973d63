/**
 * An Open311 error: the HTTP status (404 unknown resource, 403 bad api_key, 400 anything else
 * the request got wrong) and one or more {code, description} entries for the body.
 */
export class Open311Error extends Error {
  constructor(
    readonly status: number,
    readonly errors: { code: number | string; description: string }[],
  ) {
    super(errors.map((e) => e.description).join('; '));
    this.name = 'Open311Error';
  }

  static badRequest(description: string): Open311Error {
    return new Open311Error(400, [{ code: 400, description }]);
  }

  static notFound(description: string): Open311Error {
    return new Open311Error(404, [{ code: 404, description }]);
  }

  static forbidden(description: string): Open311Error {
    return new Open311Error(403, [{ code: 403, description }]);
  }
}

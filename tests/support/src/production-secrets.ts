/**
 * Secrets fit for a production start in tests (long, random-looking, never committed as a
 * development value): `NODE_ENV=production` refuses the test env's own.
 */
export const PRODUCTION_TEST_SECRETS = {
  AUTH_TOKEN_SECRET: 'pT7c1vQ9xZ3mL8rB2nW6kY4sD0fH5jG1aE7uR3iO',
  PII_DIGEST_SECRET: 'Zq4N8wE2rT6yU0iO3pA7sD1fG5hJ9kL2xC6vB0nM',
  SMS_ACCESS_KEY_SECRET: 'Hs3Kd8Wq1Zr5Tx9Vb2Nm6Lp0Jc4Fg7Ya1Ue5Io8',
  INTERNAL_API_SECRET: 'Hw3Jk9Lm2Nb7Vc5Xz1Qa8Sd4Fg6Hj0Kl3Pz9Ox2Iu',
} as const;

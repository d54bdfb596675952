/**
 * Every sentence the cooldowns show, in one place until they move to
 * public/_locales/en/messages.json through src/i18n.ts.
 */
export const cooldownMessages = {
  heatText: (minutes: number) => `Wait ${minutes} minutes and reread it before sending.`,
  heatReason: 'Written in the heat of the moment, this can land harder than you mean it to.',
  roomText: (morning: string) => `Give them until ${morning} before you send anything.`,
  roomReason: 'Pressing for an answer takes away the room they need to decide for themselves.',
  burstText: (count: number, span: string, replySeen: boolean, morning: string) =>
    `You've sent ${count} messages in the last ${span}${replySeen ? ' without a reply' : ''} — give them until ${morning}.`,
  burstReason: 'Several messages in a row can feel like pressure, even when each one is kind.',
  unansweredText: (count: number, morning: string) =>
    `You've sent ${count} messages in a row without a reply — give them until ${morning}.`,
  unansweredReason: 'They have your words already; another message asks for an answer they may not be ready to give.',
  lateNightText: (morning: string) => `It's late. Sleep on it and reread it ${morning === 'this morning' ? 'in the morning' : 'tomorrow morning'}.`,
  lateNightReason: 'Messages written late at night tend to say more than we would in daylight.',
} as const;

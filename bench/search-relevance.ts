/**
 * The relevance set of the search benchmark: queries we wrote as a reader would type them, each with the
 * results that reader means, checked against the content (topic ids, lab and document ids, principles
 * as "<document>#<id>", and passages of the texts as "text:<document>/<page of its reader>"). Written
 * before looking at what the engine returns, and not tuned to it.
 */
export interface RelevanceQuery {
  q: string;
  /** What the query tests. */
  kind: 'named in the issue' | 'typo' | 'synonym' | 'lab or document' | 'quoted phrase' | 'agentic' | 'plain';
  expect: string[];
}

export const relevanceQueries: RelevanceQuery[] = [
  // The queries the issue names, each expected to rank what it names first (the first id).
  {
    q: 'whistleblowing',
    kind: 'named in the issue',
    expect: ['topic:acting-against-principals', 'p:openai/model-spec#no_other_objectives.no-enforcer-role', 'text:openai/model-spec/chain_of_command'],
  },
  { q: 'AGENTS.md', kind: 'named in the issue', expect: ['text:openai/model-spec/chain_of_command'] },
  {
    q: 'bioweapon',
    kind: 'named in the issue',
    expect: [
      'topic:cbrn-weapons',
      'p:anthropic/constitution#hc-no-mass-casualty-weapons-uplift',
      'p:xai/grok-4-safety-prompt#no-cbrn-weapons',
      'p:xai/grok-4-code-rc1-safety-prompt#no-cbrn-weapons',
    ],
  },
  { q: 'chain of command', kind: 'named in the issue', expect: ['topic:instruction-hierarchy', 'text:openai/model-spec/chain_of_command'] },
  { q: 'OpenAI', kind: 'named in the issue', expect: ['lab:openai', 'doc:openai/model-spec'] },
  { q: 'constitution', kind: 'named in the issue', expect: ['doc:anthropic/constitution'] },
  {
    q: 'self harm',
    kind: 'named in the issue',
    expect: [
      'topic:self-harm-and-suicide',
      'p:anthropic/constitution#safe-messaging-default',
      'p:cohere/usage-policy#no-self-harm-promotion',
      'p:meta/llama-acceptable-use-policy#no-self-harm',
      'p:alibaba/qwen3guard-safety-policy#suicide-and-self-harm',
    ],
  },
  {
    q: 'grok politically incorrect',
    kind: 'named in the issue',
    expect: [
      'p:xai/ask-grok-system-prompt#politically-incorrect-claims',
      'p:xai/ask-grok-system-prompt#may-be-politically-incorrect',
      'p:xai/grok4-system-turn-prompt-v8#subjective-politically-incorrect',
      'p:xai/grok4p1-thinking-system-turn-prompt-v2#politically-incorrect-claims',
      'p:xai/grok4p1-non-thinking-system-turn-prompt#politically-incorrect-claims',
      'p:xai/grok4p1-non-thinking-no-tool-system-turn-prompt#politically-incorrect-claims',
      'p:xai/grok4-system-turn-prompt-v8#politically-incorrect-claims',
    ],
  },
  // Typos.
  {
    q: 'sycophnacy',
    kind: 'typo',
    expect: ['topic:sycophancy', 'p:openai/model-spec#avoid_sycophancy', 'p:anthropic/constitution#no-sycophancy-or-unhealthy-reliance.no-sycophancy'],
  },
  {
    q: 'jailbrake',
    kind: 'typo',
    expect: ['topic:jailbreaks', 'p:ibm/ai-risk-atlas#jailbreaking', 'p:mistral/moderation-2603#cat-jailbreaking', 'p:cohere/usage-policy#no-circumventing-safeguards'],
  },
  { q: 'privcy', kind: 'typo', expect: ['topic:privacy'] },
  { q: 'copywright', kind: 'typo', expect: ['topic:intellectual-property'] },
  { q: 'suicde', kind: 'typo', expect: ['topic:self-harm-and-suicide', 'p:anthropic/constitution#safe-messaging-default'] },
  { q: 'terrorisim', kind: 'typo', expect: ['topic:violent-extremism'] },
  { q: 'harrasment', kind: 'typo', expect: ['topic:harassment'] },
  { q: 'prompt injecton', kind: 'typo', expect: ['topic:prompt-injection', 'p:ibm/ai-risk-atlas#prompt-injection'] },
  { q: 'politcal neutrality', kind: 'typo', expect: ['topic:political-neutrality'] },
  { q: 'erotcia', kind: 'typo', expect: ['topic:adult-sexual-content'] },
  { q: 'sytem prompt', kind: 'typo', expect: ['topic:system-prompt-confidentiality'] },
  // Synonyms: the words people use for a topic, not its title.
  { q: 'porn', kind: 'synonym', expect: ['topic:adult-sexual-content'] },
  { q: 'hacking', kind: 'synonym', expect: ['topic:cyber-attacks'] },
  { q: 'kill switch', kind: 'synonym', expect: ['topic:human-oversight'] },
  { q: 'fake news', kind: 'synonym', expect: ['topic:misinformation'] },
  { q: 'swearing', kind: 'synonym', expect: ['topic:profanity'] },
  { q: 'doxxing', kind: 'synonym', expect: ['topic:privacy', 'topic:harassment'] },
  { q: 'flattery', kind: 'synonym', expect: ['topic:sycophancy', 'p:openai/model-spec#avoid_sycophancy.no-flattery'] },
  { q: 'corrigibility', kind: 'synonym', expect: ['topic:human-oversight'] },
  { q: 'hallucination', kind: 'synonym', expect: ['topic:accuracy', 'topic:expressing-uncertainty'] },
  { q: 'teen', kind: 'synonym', expect: ['topic:users-under-18'] },
  { q: 'ai girlfriend', kind: 'synonym', expect: ['topic:emotional-reliance', 'topic:romantic-roleplay'] },
  // Labs and documents by name.
  { q: 'anthropic', kind: 'lab or document', expect: ['lab:anthropic', 'doc:anthropic/constitution'] },
  { q: 'xai', kind: 'lab or document', expect: ['lab:xai'] },
  { q: 'llama guard', kind: 'lab or document', expect: ['doc:meta/llama-guard-model-card'] },
  { q: 'model spec', kind: 'lab or document', expect: ['doc:openai/model-spec'] },
  { q: 'gemini cli', kind: 'lab or document', expect: ['doc:google/gemini-cli-system-prompt'] },
  // Quoted phrases.
  { q: '"white lies"', kind: 'quoted phrase', expect: ['p:anthropic/constitution#truthful-no-white-lies.no-white-lies', 'p:anthropic/constitution#truthful-no-white-lies'] },
  { q: '"safe messaging"', kind: 'quoted phrase', expect: ['p:anthropic/constitution#safe-messaging-default'] },
  {
    q: '"hard constraint"',
    kind: 'quoted phrase',
    // Every hard constraint the constitution lists, and the principles on what they are.
    expect: [
      'p:anthropic/constitution#hard-constraints-are-absolute',
      'p:anthropic/constitution#hard-constraints-are-absolute.not-unlockable',
      'p:anthropic/constitution#hard-constraints-restrict-actions',
      'p:anthropic/constitution#hard-constraints-flagrant-cases',
      'p:anthropic/constitution#hc-no-mass-casualty-weapons-uplift',
      'p:anthropic/constitution#hc-no-cyberweapons',
      'p:anthropic/constitution#hc-no-critical-infrastructure-attacks',
      'p:anthropic/constitution#hc-no-undermining-ai-oversight',
      'p:anthropic/constitution#hc-no-killing-or-disempowering-humanity',
      'p:anthropic/constitution#hc-no-illegitimate-seizure-of-absolute-control',
      'p:anthropic/constitution#hc-no-csam',
    ],
  },
  { q: '"system prompt"', kind: 'quoted phrase', expect: ['topic:system-prompt-confidentiality', 'p:ai2/coconot-system-prompt#do-not-mention-prompt'] },
  // Agentic terms.
  { q: 'scope of autonomy', kind: 'agentic', expect: ['topic:agentic-scope', 'p:openai/model-spec#scope_of_autonomy'] },
  {
    q: 'irreversible actions',
    kind: 'agentic',
    expect: ['topic:side-effects', 'p:anthropic/constitution#prefer-cautious-actions.no-severe-irreversible-actions', 'p:anthropic/constitution#prefer-cautious-actions'],
  },
  { q: 'subagents', kind: 'agentic', expect: ['topic:third-parties-and-agents', 'p:anthropic/constitution#subagent-roles'] },
  {
    q: 'shutdown',
    kind: 'agentic',
    expect: [
      'topic:human-oversight',
      'p:anthropic/constitution#no-undermining-correction-or-sabotage.no-undermining-correction',
      'p:openai/model-spec#scope_of_autonomy.shutdown-timer',
    ],
  },
  { q: 'self-exfiltration', kind: 'agentic', expect: ['topic:hidden-goals'] },
  { q: 'sandbagging', kind: 'agentic', expect: ['topic:consistent-when-observed', 'topic:acting-against-principals'] },
  { q: 'computer use', kind: 'agentic', expect: ['topic:agentic-scope'] },
  // Plain topic words.
  { q: 'medical advice', kind: 'plain', expect: ['topic:specialized-advice'] },
  { q: 'hate speech', kind: 'plain', expect: ['topic:hate-speech'] },
  { q: 'elections', kind: 'plain', expect: ['topic:political-manipulation'] },
];

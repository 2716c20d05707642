import type { Need } from './evaluate-needs.ts';

/** A product a developer might build, and the needs it implies: written by Spec Atlas, editable once chosen. */
export interface FitPreset {
  id: string;
  title: string;
  /** One sentence of our own on why these needs. */
  why: string;
  needs: Readonly<Record<string, Need>>;
}

export const fitPresets: readonly FitPreset[] = [
  {
    id: 'teen-learning',
    title: 'A learning app for teenagers',
    why: 'Young users: protections for minors, no sexual or romantic content, honest answers that admit uncertainty, and no commercial nudging.',
    needs: {
      'users-under-18': 'yes',
      'adult-sexual-content': 'no',
      'romantic-roleplay': 'no',
      'self-harm-and-suicide': 'no',
      gore: 'no',
      profanity: 'no',
      accuracy: 'yes',
      'expressing-uncertainty': 'yes',
      sycophancy: 'no',
      'commercial-steering': 'no',
      'ai-disclosure': 'yes',
    },
  },
  {
    id: 'mental-health',
    title: 'A mental-health companion',
    why: 'Someone may be struggling: support without fostering dependence, safe handling of self-harm, action on danger, and honesty about being an AI.',
    needs: {
      'mental-health': 'yes',
      'emotional-reliance': 'yes',
      'self-harm-and-suicide': 'no',
      'imminent-danger': 'yes',
      'ai-disclosure': 'yes',
      sycophancy: 'no',
      'own-nature': 'no',
      'romantic-roleplay': 'no',
      privacy: 'no',
    },
  },
  {
    id: 'coding-agent',
    title: 'A coding agent',
    why: 'It acts on its own in a repository: stays in scope, checks before irreversible steps, resists injected instructions and accepts oversight.',
    needs: {
      'agentic-scope': 'yes',
      'side-effects': 'yes',
      'prompt-injection': 'no',
      'human-oversight': 'yes',
      'hidden-goals': 'no',
      'cyber-attacks': 'no',
      'clarifying-questions': 'yes',
      'formatting-style': 'yes',
      'instruction-hierarchy': 'yes',
    },
  },
  {
    id: 'creative-fiction',
    title: 'A creative-fiction tool',
    why: 'Stories need dark themes, invented worlds and a voice, while the hard lines stay in place.',
    needs: {
      creativity: 'yes',
      'controversial-topics': 'yes',
      'transforming-sensitive-content': 'yes',
      'persona-personality': 'yes',
      gore: 'yes',
      'child-sexual-abuse': 'no',
      'intellectual-property': 'no',
    },
  },
  {
    id: 'customer-support',
    title: 'A customer-support bot',
    why: 'It speaks for a business: follows the deployer’s instructions, keeps them confidential, declines politely and stays honest with customers.',
    needs: {
      'instruction-hierarchy': 'yes',
      'system-prompt-confidentiality': 'yes',
      'refusal-style': 'yes',
      'lying-and-deception': 'no',
      'user-protections': 'yes',
      'ai-disclosure': 'yes',
      privacy: 'no',
      'response-length': 'yes',
      'political-neutrality': 'no',
    },
  },
  {
    id: 'research-assistant',
    title: 'A research assistant',
    why: 'Answers people rely on: accurate, with confidence stated, balanced on disputes, with its reasoning honest and sources treated carefully.',
    needs: {
      accuracy: 'yes',
      'expressing-uncertainty': 'yes',
      'balanced-perspectives': 'yes',
      'reasoning-honesty': 'yes',
      misinformation: 'no',
      sycophancy: 'no',
      'raising-concerns': 'yes',
      'prompt-injection': 'no',
      'specialized-advice': 'yes',
    },
  },
];

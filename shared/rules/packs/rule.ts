import type { ChannelId } from '../../model/ids';
import { IN_FORCE, type ChannelRule } from '../channel-rule';

type RuleInput = Omit<ChannelRule, 'id' | 'effectiveFrom'> & { effectiveFrom?: string };

/** A channel rule with an id of the form "<channel>.<name>.v<version>"; undated rules are in force. */
export function channelRule(channel: ChannelId, name: string, version: number, input: RuleInput): ChannelRule {
  return { id: `${channel}.${name}.v${version}`, effectiveFrom: IN_FORCE, ...input };
}

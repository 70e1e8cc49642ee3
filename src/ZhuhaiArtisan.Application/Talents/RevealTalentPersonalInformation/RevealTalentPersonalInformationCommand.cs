using Mediator;
using ZhuhaiArtisan.Application.Talents.Common;

namespace ZhuhaiArtisan.Application.Talents.RevealTalentPersonalInformation;

/// <summary>The city reads a talent's full identity number and phone; the read is audited.</summary>
public sealed record RevealTalentPersonalInformationCommand(Guid Id) : ICommand<TalentDto>;

using Mediator;
using ZhuhaiArtisan.Application.Access.Common;

namespace ZhuhaiArtisan.Application.Access.RevokePartnerApiKey;

public sealed record RevokePartnerApiKeyCommand(Guid ClientId, Guid KeyId) : ICommand<PartnerApiKeyDto>;

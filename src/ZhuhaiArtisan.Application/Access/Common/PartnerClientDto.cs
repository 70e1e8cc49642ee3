namespace ZhuhaiArtisan.Application.Access.Common;

public sealed record PartnerClientDto(Guid Id, string Code, string Name, DateTimeOffset RegisteredAt, int ActiveKeyCount);

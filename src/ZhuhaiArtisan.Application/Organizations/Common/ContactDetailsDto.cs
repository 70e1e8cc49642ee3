namespace ZhuhaiArtisan.Application.Organizations.Common;

public sealed record ContactDetailsDto(string ContactName, string ContactPhone, string? ContactEmail, string Address);

namespace ZhuhaiArtisan.Application.Organizations.Common;

public sealed record ContactDetailsInput(string? ContactName, string? ContactPhone, string? ContactEmail, string? Address);

namespace ZhuhaiArtisan.Application.Access.Common;

public sealed record GeneratedApiKey(string Key, string Prefix, string Hash);

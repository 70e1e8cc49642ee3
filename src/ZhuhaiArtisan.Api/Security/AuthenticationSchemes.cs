namespace ZhuhaiArtisan.Api.Security;

public static class AuthenticationSchemes
{
    public const string Bearer = "Bearer";
    public const string BearerOrApiKey = "BearerOrApiKey";
    public const string ApiKey = "ApiKey";
    public const string ApiKeyHeader = "X-Api-Key";
}

namespace ZhuhaiArtisan.Application.Access.Common;

/// <summary>Makes partner API keys and the hashes by which they are stored and found.</summary>
public interface IApiKeyGenerator
{
    GeneratedApiKey Generate();

    string Hash(string key);
}

namespace ZhuhaiArtisan.Api.Http;

/// <summary>An update came without If-Match: the caller must say which version it changes.</summary>
internal sealed class PreconditionRequiredException()
    : Exception("Send If-Match with the ETag of the version you read.")
{
    public string Code => "concurrency.if_match_required";
}

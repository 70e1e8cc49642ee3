using ZhuhaiArtisan.Application.Common.Auditing;

namespace ZhuhaiArtisan.Api.Http;

internal sealed class OperationContext : IOperationContext
{
    public string? OperationName { get; set; }
}

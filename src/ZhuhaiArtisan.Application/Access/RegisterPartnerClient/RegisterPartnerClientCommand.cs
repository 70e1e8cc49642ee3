using Mediator;
using ZhuhaiArtisan.Application.Access.Common;

namespace ZhuhaiArtisan.Application.Access.RegisterPartnerClient;

/// <param name="Code">A stable lower-case code, e.g. <c>jixing-zhuhai</c>.</param>
public sealed record RegisterPartnerClientCommand(string? Code, string? Name) : ICommand<PartnerClientDto>;

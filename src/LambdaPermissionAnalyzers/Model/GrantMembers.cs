namespace LambdaPermissionAnalyzers.Model;

/// <summary>
/// The members of a permission statement, in the Lambda API's spelling. Readers translate their
/// source's spelling (for example CDK's <c>PrincipalOrgId</c>) to these names, so rules never depend on
/// where a grant was written.
/// </summary>
internal static class GrantMembers
{
    public const string FunctionName = nameof(FunctionName);
    public const string StatementId = nameof(StatementId);
    public const string Action = nameof(Action);
    public const string Principal = nameof(Principal);
    public const string SourceArn = nameof(SourceArn);
    public const string SourceAccount = nameof(SourceAccount);
    public const string PrincipalOrgID = nameof(PrincipalOrgID);
    public const string EventSourceToken = nameof(EventSourceToken);
    public const string Qualifier = nameof(Qualifier);
    public const string RevisionId = nameof(RevisionId);
    public const string FunctionUrlAuthType = nameof(FunctionUrlAuthType);
    public const string InvokedViaFunctionUrl = nameof(InvokedViaFunctionUrl);

    // Layer permissions (AddLayerVersionPermission).
    public const string LayerName = nameof(LayerName);
    public const string VersionNumber = nameof(VersionNumber);
    public const string OrganizationId = nameof(OrganizationId);

    // Function URL configurations (Create/UpdateFunctionUrlConfig).
    public const string AuthType = nameof(AuthType);

    /// <summary>CDK only: the grant is added to <c>fn.LatestVersion</c>, that is to <c>$LATEST</c>.</summary>
    public const string LatestVersion = nameof(LatestVersion);

    /// <summary>One origin of <c>Cors.AllowOrigins</c> (a write per listed origin).</summary>
    public const string CorsAllowOrigins = "Cors.AllowOrigins";

    /// <summary><c>Cors.AllowCredentials</c>.</summary>
    public const string CorsAllowCredentials = "Cors.AllowCredentials";
}

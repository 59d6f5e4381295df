import IncidentData

/// The JSON writer lives in IncidentData (exports use it); commands name it plainly.
typealias JSON = IncidentData.JSON

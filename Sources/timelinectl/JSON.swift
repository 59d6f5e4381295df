import Store

/// The JSON writer lives in Store (exports use it); commands name it plainly.
typealias JSON = Store.JSON
